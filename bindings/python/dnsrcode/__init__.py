"""DNS response codes (RCODEs): the IANA registry, printing and parsing.

Python bindings of libdnsrcode.  The C library is the source of truth;
this package puts a Python face on the SWIG module ``_dnsrcode``::

    >>> import dnsrcode
    >>> dnsrcode.lookup(3).description
    'Non-Existent Domain'
    >>> dnsrcode.lookup(16, dnsrcode.Context.TSIG).mnemonic
    'BADSIG'
    >>> dnsrcode.parse("nxdomain")
    3

Every function means what the function of the same name means in C and
in Lua.  Every exception it raises has ``error``, the library's
DNSRCODE_E* code (EINVAL for an argument of the wrong type), and a
message that starts with the name of the function called.

dnspython's ``dns.rcode`` (``to_text``, ``from_text``, ``from_flags``,
``to_flags`` with dnspython's meanings) is the submodule
:mod:`dnsrcode.compat`: ``from dnsrcode import compat as rcode`` replaces
``import dns.rcode as rcode``.
"""

# Annotations stay text: the package imports neither typing nor
# dataclasses, which would take longer than all the rest of its import.
from __future__ import annotations as _annotations

import enum as _enum
from types import MappingProxyType as _MappingProxyType

from . import _dnsrcode as _c

__version__: str = _c.VERSION

# `from dnsrcode import *` leaves out format() and range(): they would
# hide the builtins of the same names.
__all__ = [
	"Context", "Family", "Range", "Format", "Rcode", "Info", "UnknownRcode",
	"lookup", "lookup_name", "entries", "parse", "to_text", "in_family", "fits",
	"combine", "split", "from_flags", "to_flags", "effective",
	"registry_date", "library_version", "strerror",
	# Extended DNS Errors (RFC 8914) and the status of a message
	"EdeCode", "EdeCategory", "EdeRetry", "EdeInfo", "EdeOption", "Status",
	"UnknownEde", "MessageError", "ede_lookup", "ede_lookup_text", "ede_entries",
	"ede_parse", "ede_format", "ede_range", "msg_status",
]


# The C constants, prefix stripped (FMT_FULL, CTX_TSIG, EUNKNOWN, ...): all
# that SWIG's module spells in capitals, the constants of dnsrcode.h.
_CONSTANTS = {name: value for name, value in vars(_c).items() if name.isupper()}


def _constant_enum(name, base, prefix, doc):
	"""The enum of the C constants PREFIX*, prefix stripped; a flag's
	members are its single bits (FAMILY_ALL is their union).  The stub
	gets the same members from bindings/gen-lists.awk."""
	members = [(n[len(prefix):], v) for n, v in _CONSTANTS.items()
	           if n.startswith(prefix) and not (base is _enum.IntFlag and v & (v - 1))]
	cls = base(name, members, module=__name__, qualname=name)
	cls.__doc__ = doc
	return cls


Context = _constant_enum("Context", _enum.IntEnum, "CTX_",
                         """Where a code was carried; it decides the bits and the meaning.""")
Family = _constant_enum("Family", _enum.IntFlag, "FAMILY_",
                        """The document that defines a registry row (flags, may be combined).""")
Range = _constant_enum("Range", _enum.IntEnum, "RANGE_",
                       """The range class of an RCODE (RFC 6895 section 2.3) or of an
	INFO-CODE (RFC 8914 section 5.2, which has no RESERVED).""")
Format = _constant_enum("Format", _enum.IntEnum, "FMT_",
                        """Styles of :func:`format` and :func:`ede_format`.""")
EdeCategory = _constant_enum("EdeCategory", _enum.IntEnum, "EDE_CAT_",
                             """What an Extended DNS Error is about.""")
EdeRetry = _constant_enum("EdeRetry", _enum.IntEnum, "EDE_RETRY_",
                          """Whether asking another server may help.""")


# ------------------------------------------------------------ exceptions

class UnknownRcode(ValueError):
	"""A DNS rcode is unknown: an unassigned value, or text naming none."""

	#: the DNSRCODE_E* code
	error: int = _c.EUNKNOWN


class UnknownEde(ValueError):
	"""An Extended DNS Error is unknown: a code without a row, or text
	naming none."""

	#: the DNSRCODE_E* code
	error: int = _c.EUNKNOWN


class MessageError(ValueError):
	"""A DNS message could not be read; ``error`` is the DNSRCODE_E* code
	(ETRUNCATED: the data ends early, retrying over TCP may help)."""

	#: the DNSRCODE_E* code
	error: int = _c.EMALFORMED

	@property
	def truncated(self) -> bool:
		return self.error == _c.ETRUNCATED


def _error(cls, err, func, message):
	"""``cls("func: message")`` with the DNSRCODE_E* code as ``error``."""
	e = cls(f"{func}: {message}")
	e.error = err
	return e


def _text_error(e, func, text, unknown, noun, detail=""):
	"""What a parser's error ``e`` means for ``text``, in ``func``'s name:
	no ``noun`` has the name (class ``unknown``), or the library's reason
	with ``detail``, the specific one."""
	err = e.error
	if isinstance(e, TypeError):
		# the raw module's "parse_strict: text must be ...", renamed
		return _error(TypeError, err, func, str(e).partition(": ")[2])
	if err == _c.EUNKNOWN:
		return _error(unknown, err, func, f"no {noun} is named {text!r}")
	return _error(ValueError, err, func, f"{_c.strerror(err)}{detail}: {text!r}")


# ---------------------------------------------------------------- records

class _Record:
	"""Read-only attributes named by ``__slots__``, equality and hashing by
	value and a repr showing them: what a frozen dataclass gives, without
	importing dataclasses at every start."""

	__slots__ = ()

	def __init__(self, *values):
		for name, value in zip(self.__slots__, values):
			object.__setattr__(self, name, value)

	def __setattr__(self, name, value):
		raise AttributeError(f"{type(self).__name__} is read-only")

	def __delattr__(self, name):
		raise AttributeError(f"{type(self).__name__} is read-only")

	def _values(self):
		return tuple(getattr(self, name) for name in self.__slots__)

	def __eq__(self, other):
		if type(other) is not type(self):
			return NotImplemented
		return self._values() == other._values()

	def __hash__(self):
		return hash(self._values())

	def __repr__(self):
		fields = ", ".join(f"{n}={v!r}" for n, v in zip(self.__slots__, self._values()))
		return f"{type(self).__name__}({fields})"


class Info(_Record):
	"""One row of the IANA "DNS RCODEs" registry."""

	__slots__ = {
		"code": "the value, 0..65535",
		"name": "the IANA name, ``NXDomain``",
		"mnemonic": "the upper-case mnemonic DNS tools print, ``NXDOMAIN``",
		"description": "the IANA description, ``Non-Existent Domain``",
		"explanation": "what it means and its usual cause, in plain words",
		"reference": "the defining documents, ``RFC2136 RFC6672``",
		"families": "the families of the defining document (Family)",
		"contexts": "the wire fields this row may legitimately appear in (frozenset of Context)",
	}
	__match_args__ = tuple(__slots__)


class EdeInfo(_Record):
	"""One row of the IANA "Extended DNS Error Codes" registry."""

	__slots__ = {
		"code": "the INFO-CODE, 0..65535",
		"mnemonic": "the stable upper-case mnemonic, ``DNSKEY_MISSING``",
		"purpose": "the purpose exactly as IANA spells it, ``DNSKEY Missing``",
		"reference": "the defining documents, ``RFC8914, Section 4.10``",
		"explanation": "what it means and its usual cause, in plain words",
		"basis": "the text the category, retry advice and RCODE rest on",
		"category": "what it is about (EdeCategory)",
		"retry": "whether asking another server may help (EdeRetry)",
		"rcode": "the RCODE the defining document pairs it with, or None",
	}
	__match_args__ = tuple(__slots__)


# ------------------------------------------------------------ the registry

def _rows(cls, next_row, accessor, convert):
	"""The registry rows from the C iteration as ``cls`` records, and each
	by its address: the field a slot names is what the C function
	``accessor + field`` says, through ``convert[field]`` where given."""
	read = [(getattr(_c, accessor + field), convert.get(field)) for field in cls.__slots__]
	rows = []
	by_address = {}
	ptr = next_row(None)
	while ptr is not None:
		row = cls(*[get(ptr) if how is None else how(get(ptr)) for get, how in read])
		rows.append(row)
		by_address[int(ptr)] = row
		ptr = next_row(ptr)
	return tuple(rows), by_address


# The registry is static data: read once, at import, from the C table.
_ENTRIES, _BY_ADDRESS = _rows(Info, _c.next, "info_", {
	"families": Family,
	"contexts": lambda bits: frozenset(c for c in Context if bits & (1 << c)),
})


def _not_found(func, code, ctx):
	"""Why a valid code has no row: too wide for the field (ValueError), or
	unassigned (UnknownRcode), in the words of the Lua module."""
	err, why = _c.why_no_rcode(code, ctx)
	return _error(UnknownRcode if err == _c.EUNKNOWN else ValueError, err, func, why)


def _refit(e, func, code, ctx):
	"""``e``, or when it says that ``code`` (a valid 16-bit int, so the
	library's own check refused it) does not fit ``ctx``, an error that
	gives the field's bounds.  ERANGE for another argument (to_flags'
	header_flags) stays as the module raised it."""
	if (e.error == _c.ERANGE and isinstance(code, int) and 0 <= code <= 65535
	        and not _c.fits(code, ctx)):
		return _not_found(func, code, ctx)
	return e


# ---------------------------------------------------------------- lookup

def lookup(code: int, context: Context = Context.ANY) -> Info:
	"""The registry row for ``code`` as read in ``context``.

	Where the registry has two rows for a value the context picks one: 16
	is BADSIG in TSIG and TKEY, BADVERS elsewhere; 9 is "Not Authorized" in
	TSIG.  Raises :class:`UnknownRcode` for an unassigned code,
	``ValueError`` for one that does not fit ``context`` or lies outside
	0..65535, and ``TypeError`` for anything but an int.
	"""
	ptr = _c.lookup(code, context)
	if ptr is None:
		raise _not_found("lookup", code, context)
	return _BY_ADDRESS[int(ptr)]


def lookup_name(name: str | bytes) -> Info:
	"""The registry row named ``name`` (IANA name, mnemonic or a known alias,
	any case).  Raises :class:`UnknownRcode` when no row has that name."""
	ptr = _c.lookup_name(name)
	if ptr is None:
		raise _error(UnknownRcode, _c.EUNKNOWN, "lookup_name",
		             f"no RCODE registry row is named {name!r}")
	return _BY_ADDRESS[int(ptr)]


def entries():
	"""Every registry row in registry order (9 and 16 have two rows each)."""
	return iter(_ENTRIES)


# ------------------------------------------------------------------ text

def to_text(code: int, context: Context = Context.ANY) -> str:
	"""The mnemonic of ``code`` read in ``context`` (``NXDOMAIN``; 16 is
	``BADSIG`` in TSIG), as ``dnsrcode_to_text()``.  Raises
	:class:`UnknownRcode` for an unassigned code and ``ValueError`` for one
	that does not fit ``context``.  (dnspython's ``to_text`` is
	:func:`dnsrcode.compat.to_text`.)"""
	text = _c.to_text(code, context)
	if text is None:
		raise _not_found("to_text", code, context)
	return text


def parse(text: str | bytes, context: Context = Context.ANY, *,
          strict: bool = False) -> int:
	"""The value of an RCODE's text: IANA name or mnemonic in any case,
	a decimal number or ``RCODE<decimal>``, and unless ``strict`` the
	spellings other software prints (``NOTIMPL``, ``RESERVED11``).

	Raises :class:`UnknownRcode` for a name no RCODE has and ``ValueError``
	for anything else the parser refuses (empty text, signs, spaces,
	trailing characters, non-ASCII, NUL, a value that does not fit
	``context``).
	"""
	try:
		return (_c.parse_strict if strict else _c.parse)(text, context)
	except (TypeError, ValueError) as e:
		detail = ""
		if e.error == _c.ERANGE and isinstance(text, (str, bytes)):
			detail = f" ({_c.why_out_of_range(Context(context))})"
		elif e.error == _c.ESPACE:
			detail = " (RCODE text has none)"
		raise _text_error(e, "parse", text, UnknownRcode, "RCODE", detail) from None


def format(code: int, context: Context = Context.ANY,
           style: Format = Format.FULL) -> str:
	"""The text of ``code`` in ``style``; every code has one, unassigned
	ones ``RCODE<n>`` (or their range class as a description), and
	MNEMONIC and NAME text parses back to the same value.

	Raises ``ValueError`` when ``code`` does not fit ``context`` or the
	style is unknown.
	"""
	try:
		return _c.format(code, context, style)
	except ValueError as e:
		raise _refit(e, "format", code, context) from None


# -------------------------------------------------------- classification

def range(code: int) -> Range:
	"""The range class of ``code``: assigned, unassigned, private use
	(3841..4095) or reserved (65535)."""
	return Range(_c.range(code))


def in_family(code: int, families: Family, context: Context = Context.ANY) -> bool:
	"""Whether the row ``code`` means in ``context`` belongs to any of
	``families``; False for an unassigned code."""
	return _c.in_family(code, families, context)


def fits(code: int, context: Context) -> bool:
	"""Whether ``code`` is representable in ``context``: HEADER 0..15,
	EDNS 0..4095, the others 0..65535."""
	return _c.fits(code, context)


# ------------------------------------------------------------ wire format

def combine(header_rcode: int, opt_ext_rcode: int) -> int:
	"""The 12-bit code from the header RCODE (0..15) and the OPT record's
	EXTENDED-RCODE (0..255), RFC 6891 section 6.1.3."""
	return _c.combine(header_rcode, opt_ext_rcode)


def split(code: int) -> tuple[int, int]:
	"""``(header_rcode, opt_ext_rcode)`` of a code 0..4095; ``ValueError``
	for a wider one."""
	try:
		header_rcode, opt_ext_rcode = _c.split(code)
	except ValueError as e:
		raise _refit(e, "split", code, Context.EDNS) from None
	return header_rcode, opt_ext_rcode


def from_flags(header_flags: int, opt_ttl: int) -> int:
	"""The 12-bit code in the header's flags (16 bits, RCODE in the low 4)
	and the OPT record's TTL (32 bits, EXTENDED-RCODE in the high 8), as
	``dnsrcode_from_flags()``.  (dnspython's ``from_flags`` is
	:func:`dnsrcode.compat.from_flags`.)"""
	return _c.from_flags(header_flags, opt_ttl)


def to_flags(code: int, header_flags: int = 0, opt_ttl: int = 0) -> tuple[int, int]:
	"""``(header_flags, opt_ttl)`` with the RCODE bits set to ``code``
	(0..4095) and every other bit kept (RFC 6891 section 6.1.3), as
	``dnsrcode_to_flags()``.  (dnspython's ``to_flags`` is
	:func:`dnsrcode.compat.to_flags`.)"""
	try:
		flags, ttl = _c.to_flags(code, header_flags, opt_ttl)
	except ValueError as e:
		raise _refit(e, "to_flags", code, Context.EDNS) from None
	return flags, ttl


def effective(header_rcode: int, opt_ext_rcode: int | None = None,
              tsig_error: int | None = None) -> tuple[int, Context]:
	"""The status a response carries, and the context to read it in.

	Pass the OPT record's EXTENDED-RCODE and the TSIG record's Error when
	the message has those records.  With OPT the code is 12 bits wide
	(RFC 6891 section 6.1.3); NOTAUTH with a non-zero TSIG error means the
	TSIG error (RFC 8945 sections 5.2.1 to 5.2.4).
	"""
	code, ctx = _c.effective(header_rcode, opt_ext_rcode is not None,
	                         0 if opt_ext_rcode is None else opt_ext_rcode,
	                         tsig_error is not None, 0 if tsig_error is None else tsig_error)
	return code, Context(ctx)


# ------------------------------------------- Extended DNS Errors (RFC 8914)

_EDE_ENTRIES, _EDE_BY_ADDRESS = _rows(EdeInfo, _c.ede_next, "ede_info_", {
	"category": EdeCategory,
	"retry": EdeRetry,
	"rcode": lambda rcode: None if rcode == _c.NO_CODE else rcode,
})

# Built from the C table, as dnspython's dns.edns.EDECode: OTHER,
# UNSUPPORTED_DNSKEY_ALGORITHM, ..., DNSKEY_MISSING, ...
EdeCode = _enum.IntEnum("EdeCode", [(i.mnemonic, i.code) for i in _EDE_ENTRIES],
                        module=__name__, qualname="EdeCode")
EdeCode.__doc__ = """The assigned Extended DNS Error INFO-CODEs as an IntEnum."""


def ede_lookup(code: int) -> EdeInfo:
	"""The registry row of an INFO-CODE.  Raises :class:`UnknownEde` for a
	code without a row, ``ValueError`` outside 0..65535 and ``TypeError``
	for anything but an int."""
	ptr = _c.ede_lookup(code)
	if ptr is None:
		err, why = _c.why_no_ede(code)
		raise _error(UnknownEde, err, "ede_lookup", why)
	return _EDE_BY_ADDRESS[int(ptr)]


def _ede_info_or_none(code):
	"""EdeOption.info: the row of ``code``, or None."""
	ptr = _c.ede_lookup(code)
	return None if ptr is None else _EDE_BY_ADDRESS[int(ptr)]


def ede_lookup_text(text: str | bytes) -> EdeInfo:
	"""The registry row named by ``text``, case-insensitively: the purpose
	(``DNSKEY Missing``), the mnemonic, ``EDE<decimal>`` or a spelling other
	software prints.  Raises :class:`UnknownEde` when no row has that name."""
	ptr = _c.ede_lookup_text(text)
	if ptr is None:
		raise _error(UnknownEde, _c.EUNKNOWN, "ede_lookup_text",
		             f"no EDE registry row is named {text!r}")
	return _EDE_BY_ADDRESS[int(ptr)]


def ede_entries():
	"""Every EDE registry row, in code order."""
	return iter(_EDE_ENTRIES)


def ede_parse(text: str | bytes) -> int:
	"""The INFO-CODE of a text: purpose, mnemonic, decimal, ``EDE<decimal>``
	or a known variant.  Raises :class:`UnknownEde` for a name no code has
	and ``ValueError`` for anything else the parser refuses."""
	try:
		return _c.ede_parse(text)
	except (TypeError, ValueError) as e:
		detail = {
			_c.ERANGE: f" ({_c.why_out_of_range(-1)})",
			_c.ESPACE: " (words are separated by one space, with none before or after)",
		}.get(e.error, "")
		raise _text_error(e, "ede_parse", text, UnknownEde, "Extended DNS Error", detail) from None


def ede_format(code: int, style: Format = Format.FULL) -> str:
	"""The text of an INFO-CODE in ``style``; a code without a row prints as
	``EDE<n>`` (or its range class as a description)."""
	return _c.ede_format(code, style)


def ede_range(code: int) -> Range:
	"""The range class of an INFO-CODE: ASSIGNED, UNASSIGNED or PRIVATE."""
	return Range(_c.ede_range(code))


# ---------------------------------------------------- status of a message

# C types and a C function (bindings/python/status.c): the fields are read
# from the C struct only when asked for.
Status = _c.Status
EdeOption = _c.EdeOption
msg_status = _c.msg_status
_c.status_setup(tuple(Context), MessageError, _ede_info_or_none)


# ------------------------------------------------------- library details

def registry_date() -> str:
	"""The snapshot date of the IANA data built into the library."""
	return _c.registry_date()


def library_version() -> str:
	"""The version of the C library loaded at run time."""
	return _c.version()


def strerror(err: int) -> str:
	"""The message of a DNSRCODE_E* value."""
	return _c.strerror(err)


# ------------------------------------------------------------------ Rcode

class _RcodeBase(_enum.IntEnum):
	"""dnspython's ``Rcode`` class methods, for code written against it
	(their meanings are dnspython's; see :mod:`dnsrcode.compat`)."""

	@classmethod
	def from_text(cls, text):
		return _c.compat_from_text(text)

	@classmethod
	def to_text(cls, value):
		from . import compat
		return compat._to_text(value)

	@classmethod
	def make(cls, value):
		if isinstance(value, str):
			return _c.compat_from_text(value)
		from . import compat
		return compat._make(value)


def _members():
	seen = set()
	for info in _ENTRIES:
		if info.mnemonic not in seen:
			seen.add(info.mnemonic)
			yield info.mnemonic, info.code


# Built from the C table: NOERROR .. BADCOOKIE; BADSIG, the second name of
# 16, is an alias of BADVERS (dnspython's choice, and dig's).
Rcode = _RcodeBase("Rcode", list(_members()), module=__name__, qualname="Rcode")
Rcode.__doc__ = """The assigned RCODEs as an IntEnum; BADSIG is an alias of BADVERS."""

globals().update(Rcode.__members__)
__all__ += list(Rcode.__members__)

globals().update(_CONSTANTS)
__all__ += list(_CONSTANTS)


def _caught_by(base):
	"""compat's UnknownRcode for a process that has dnspython loaded: also
	an instance of ``base`` (``dns.rcode.UnknownRcode``, or
	``dns.exception.DNSException``), so dnspython's handlers catch it.

	DNSException's ``__init__`` is Python code that only sets ``kwargs``
	(empty for a plain message) and ``msg``; as class attributes they cost
	nothing, and the exception is made by ValueError's own C ``__init__``,
	as cheaply as without dnspython."""
	return type("UnknownRcode", (base, UnknownRcode), {
		"__module__": __name__ + ".compat", "__doc__": UnknownRcode.__doc__,
		"__init__": ValueError.__init__, "kwargs": _MappingProxyType({}),
		"msg": UnknownRcode.__doc__})


# dnspython's from_text() is a C function (bindings/python/compat_from_text.c):
# an unknown name raises, and a Python function would add a frame to the
# traceback, which costs more than all the rest.
_c.from_text_setup(dict(Rcode.__members__), {int(m): m for m in Rcode}, UnknownRcode, _caught_by)
