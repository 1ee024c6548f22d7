"""dnspython's ``dns.rcode``, answered by libdnsrcode.

``from dnsrcode import compat as rcode`` replaces ``import dns.rcode as
rcode``: ``to_text``, ``from_text``, ``from_flags``, ``to_flags``, ``Rcode``
and its members return and raise exactly what dnspython 2.x does, for
every input (tests/test_python_dnspython.py compares them input by
input), several times faster.

``UnknownRcode`` is :class:`dnsrcode.UnknownRcode`.  When the process has
dnspython loaded, what ``from_text`` raises is also an instance of
``dns.rcode.UnknownRcode`` (and so of ``dns.exception.DNSException``), so
the handlers of code written for dnspython still catch it; dnspython
itself is never imported.

The functions of the same names in :mod:`dnsrcode` follow the C library
instead, as they do in Lua.
"""

from . import Rcode, UnknownRcode, _c

__all__ = ["Rcode", "UnknownRcode", "from_text", "from_flags", "to_flags", "to_text"]
__all__ += list(Rcode.__members__)
globals().update(Rcode.__members__)

# These replay dnspython's algorithm (dns/rcode.py and dns/enum.py) over
# the Rcode enum built from the C table, down to the exception raised for
# each odd input; a plain int, nearly every call, is answered from a
# table.  from_text() is C (bindings/python/compat_from_text.c), and so
# is the range check it shares with the functions below.

_MAXIMUM = _c.compat_maximum
_check_value = _c.compat_check_value
_BADVERS = Rcode.BADVERS
_BY_VALUE = {int(m): m for m in Rcode}


def _make(value):
	"""dnspython's Rcode.make() of a value that is not a str."""
	_check_value(value)
	try:
		return Rcode(value)
	except ValueError:
		return value


def _to_text(value):
	"""dnspython's Rcode.to_text()."""
	_check_value(value)
	try:
		text = Rcode(value).name
	except ValueError:
		text = None
	if text is None:
		text = f"{value}"
	return text


# to_text() of an int 0..4095: the member name, or the decimal (str() of
# an int is its f-string; map() makes them in C, where the start-up is).
_TO_TEXT = dict(zip(range(_MAXIMUM + 1), map(str, range(_MAXIMUM + 1))))
_TO_TEXT.update((value, member.name) for value, member in _BY_VALUE.items())

from_text = _c.compat_from_text


def to_text(value, tsig=False):
	"""Convert an rcode into text, as ``dns.rcode.to_text``: the member name,
	or the decimal value when unassigned; ``BADSIG`` for 16 when ``tsig``.
	Raises ``ValueError`` outside 0..4095."""
	if tsig and value == _BADVERS:
		return "BADSIG"
	if type(value) is int:
		text = _TO_TEXT.get(value)
		if text is not None:
			return text
	return _to_text(value)


def from_flags(flags, ednsflags):
	"""The rcode in the header flags and the OPT TTL ("EDNS flags"), as
	``dns.rcode.from_flags``: ``Rcode`` when assigned, else ``int``."""
	value = (flags & 0x000F) | ((ednsflags >> 20) & 0xFF0)
	if type(flags) is int and type(ednsflags) is int:
		# int operands: the masks keep value within 0..4095
		return _BY_VALUE.get(value, value)
	return Rcode.make(value)


def to_flags(value):
	"""``(flags, ednsflags)`` carrying the rcode, as ``dns.rcode.to_flags``.
	Raises ``ValueError`` outside 0..4095."""
	if value < 0 or value > _MAXIMUM:
		raise ValueError(f"rcode must be >= 0 and <= {_MAXIMUM}")
	v = value & 0xF
	ev = (value & 0xFF0) << 20
	return (v, ev)
