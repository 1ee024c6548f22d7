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

It also offers ``to_text``, ``from_text``, ``from_flags`` and ``to_flags``
with exactly the results and exceptions of dnspython's ``dns.rcode``, so
code written against dnspython switches by changing one import.
"""

import builtins as _builtins
import dataclasses as _dataclasses
import enum as _enum
from typing import FrozenSet as _FrozenSet
from typing import Iterator as _Iterator
from typing import Optional as _Optional
from typing import Tuple as _Tuple
from typing import Union as _Union

from . import _dnsrcode as _c

__version__: str = _c.VERSION

# `from dnsrcode import *` leaves out format() and range(): they would
# hide the builtins of the same names.
__all__ = [
	# the pythonic API
	"Context", "Family", "Range", "Format", "Rcode", "Info", "UnknownRcode",
	"lookup", "lookup_name", "entries", "parse", "in_family", "fits",
	"combine", "split", "effective", "registry_date", "library_version", "strerror",
	# Extended DNS Errors (RFC 8914) and the status of a message
	"EdeCategory", "EdeRetry", "EdeRange", "EdeInfo", "EdeOption", "Status",
	"UnknownEde", "MessageError", "ede_lookup", "ede_lookup_text", "ede_entries",
	"ede_parse", "ede_format", "ede_range", "msg_status",
	# dnspython's dns.rcode
	"to_text", "from_text", "from_flags", "to_flags",
]


class Context(_enum.IntEnum):
	"""Where a code was carried; it decides the bits and the meaning."""

	#: no context known: 0..65535, 16 reads as BADVERS
	ANY = _c.CTX_ANY
	#: the 4-bit RCODE of the message header: 0..15
	HEADER = _c.CTX_HEADER
	#: the 12-bit extended RCODE (header + OPT, RFC 6891): 0..4095
	EDNS = _c.CTX_EDNS
	#: the 16-bit TSIG Error field (RFC 8945): 16 is BADSIG
	TSIG = _c.CTX_TSIG
	#: the 16-bit TKEY Error field (RFC 2930)
	TKEY = _c.CTX_TKEY


class Family(_enum.IntFlag):
	"""The document that defines a registry row (flags, may be combined)."""

	BASE = _c.FAMILY_BASE
	UPDATE = _c.FAMILY_UPDATE
	DSO = _c.FAMILY_DSO
	EDNS = _c.FAMILY_EDNS
	TSIG = _c.FAMILY_TSIG
	TKEY = _c.FAMILY_TKEY
	COOKIE = _c.FAMILY_COOKIE


class Range(_enum.IntEnum):
	"""The range class of a value (RFC 6895 section 2.3)."""

	ASSIGNED = _c.RANGE_ASSIGNED
	UNASSIGNED = _c.RANGE_UNASSIGNED
	PRIVATE = _c.RANGE_PRIVATE
	RESERVED = _c.RANGE_RESERVED


class Format(_enum.IntEnum):
	"""Styles of :func:`format`."""

	#: ``NXDOMAIN``; unassigned ``RCODE12``
	MNEMONIC = _c.FMT_MNEMONIC
	#: ``NXDomain``; unassigned ``RCODE12``
	NAME = _c.FMT_NAME
	#: ``Non-Existent Domain``; unassigned ``Unassigned``
	DESCRIPTION = _c.FMT_DESCRIPTION
	#: ``NXDOMAIN (3): Non-Existent Domain [RFC1035]``
	FULL = _c.FMT_FULL


class UnknownRcode(ValueError):
	"""A DNS rcode is unknown: an unassigned value, or text naming none."""


@_dataclasses.dataclass(frozen=True)
class Info:
	"""One row of the IANA "DNS RCODEs" registry."""

	#: the value, 0..65535
	code: int
	#: the IANA name, ``NXDomain``
	name: str
	#: the upper-case mnemonic DNS tools print, ``NXDOMAIN``
	mnemonic: str
	#: the IANA description, ``Non-Existent Domain``
	description: str
	#: what it means and its usual cause, in plain words
	explanation: str
	#: the defining documents, ``RFC2136 RFC6672``
	reference: str
	#: the families of the defining document
	families: Family
	#: the wire fields this row may legitimately appear in
	contexts: _FrozenSet[Context]


def _info(ptr) -> Info:
	bits = _c.info_contexts(ptr)
	return Info(
		code=_c.info_code(ptr),
		name=_c.info_name(ptr),
		mnemonic=_c.info_mnemonic(ptr),
		description=_c.info_description(ptr),
		explanation=_c.info_explanation(ptr),
		reference=_c.info_reference(ptr),
		families=Family(_c.info_families(ptr)),
		contexts=frozenset(c for c in Context if bits & (1 << c)),
	)


def _load():
	"""The registry rows, and each row by the address the C library gives."""
	rows = []
	by_address = {}
	ptr = _c.next(None)
	while ptr is not None:
		info = _info(ptr)
		rows.append(info)
		by_address[int(ptr)] = info
		ptr = _c.next(ptr)
	return tuple(rows), by_address


# The registry is static data: read once, at import, from the C table.
_ENTRIES, _BY_ADDRESS = _load()


def _context(context) -> Context:
	if isinstance(context, bool) or not isinstance(context, int):
		raise TypeError(f"context must be a Context, not {type(context).__name__}")
	return Context(context)


def _widest(ctx: Context) -> int:
	"""The largest code that fits ``ctx``, as the C library says."""
	lo, hi = 0, 65535
	while lo < hi:
		mid = (lo + hi + 1) // 2
		if _c.fits(mid, ctx):
			lo = mid
		else:
			hi = mid - 1
	return lo


_WIDEST = {ctx: _widest(ctx) for ctx in Context}


def _not_found(code: int, ctx: Context) -> ValueError:
	"""Why a valid code has no entry: too wide for the field, or unassigned."""
	if not _c.fits(code, ctx):
		return ValueError(f"RCODE {code} does not fit the {ctx.name} context (0..{_WIDEST[ctx]})")
	what = _c.format(code, ctx, _c.FMT_DESCRIPTION).lower()
	return UnknownRcode(f"RCODE {code} is {what}")


# ---------------------------------------------------------------- lookup

def lookup(code: int, context: Context = Context.ANY) -> Info:
	"""The registry row for ``code`` as read in ``context``.

	Where the registry has two rows for a value the context picks one: 16
	is BADSIG in TSIG and TKEY, BADVERS elsewhere; 9 is "Not Authorized" in
	TSIG.  Raises :class:`UnknownRcode` for an unassigned code,
	``ValueError`` for one that does not fit ``context`` or lies outside
	0..65535, and ``TypeError`` for anything but an int.
	"""
	ctx = _context(context)
	ptr = _c.lookup(code, ctx)
	if ptr is None:
		raise _not_found(code, ctx)
	return _BY_ADDRESS[int(ptr)]


def lookup_name(name: _Union[str, bytes]) -> Info:
	"""The registry row named ``name`` (IANA name, mnemonic or a known alias,
	any case).  Raises :class:`UnknownRcode` when no row has that name."""
	ptr = _c.lookup_name(name)
	if ptr is None:
		raise UnknownRcode(f"no RCODE registry row is named {name!r}")
	return _BY_ADDRESS[int(ptr)]


def entries() -> _Iterator[Info]:
	"""Every registry row in registry order (9 and 16 have two rows each)."""
	return iter(_ENTRIES)


# ------------------------------------------------------------------ text

def parse(text: _Union[str, bytes], context: Context = Context.ANY, *,
          strict: bool = False) -> int:
	"""The value of an RCODE's text: IANA name or mnemonic in any case,
	a decimal number or ``RCODE<decimal>``, and unless ``strict`` the
	spellings other software prints (``NOTIMPL``, ``RESERVED11``).

	Raises :class:`UnknownRcode` for a name no RCODE has and ``ValueError``
	for anything else the parser refuses (empty text, signs, spaces,
	trailing characters, non-ASCII, NUL, a value that does not fit
	``context``).
	"""
	ctx = _context(context)
	try:
		return (_c.parse_strict if strict else _c.parse)(text, ctx)
	except ValueError as e:
		err = getattr(e, "error", None)
		if err is None:
			raise
		exc = UnknownRcode if err == _c.EUNKNOWN else ValueError
		raise exc(f"{_c.strerror(err)}: {text!r}") from None


def format(code: int, context: Context = Context.ANY,
           style: Format = Format.FULL) -> str:
	"""The text of ``code`` in ``style``; every code has one, unassigned
	ones ``RCODE<n>`` (or their range class as a description), and
	MNEMONIC and NAME text parses back to the same value.

	Raises ``ValueError`` when ``code`` does not fit ``context`` or the
	style is unknown.
	"""
	ctx = _context(context)
	if isinstance(style, bool) or not isinstance(style, int):
		raise TypeError(f"style must be a Format, not {type(style).__name__}")
	style = Format(style)
	if not _c.fits(code, ctx):
		raise _not_found(code, ctx)
	return _c.format(code, ctx, style)


# -------------------------------------------------------- classification

def range(code: int) -> Range:
	"""The range class of ``code``: assigned, unassigned, private use
	(3841..4095) or reserved (65535)."""
	return Range(_c.range(code))


def in_family(code: int, families: Family, context: Context = Context.ANY) -> bool:
	"""Whether the row ``code`` means in ``context`` belongs to any of
	``families``; False for an unassigned code."""
	return _c.in_family(code, families, _context(context))


def fits(code: int, context: Context) -> bool:
	"""Whether ``code`` is representable in ``context``: HEADER 0..15,
	EDNS 0..4095, the others 0..65535."""
	return _c.fits(code, _context(context))


# ------------------------------------------------------------ wire format

def combine(header_rcode: int, opt_ext_rcode: int) -> int:
	"""The 12-bit code from the header RCODE (0..15) and the OPT record's
	EXTENDED-RCODE (0..255), RFC 6891 section 6.1.3."""
	return _c.combine(header_rcode, opt_ext_rcode)


def split(code: int) -> _Tuple[int, int]:
	"""``(header_rcode, opt_ext_rcode)`` of a code 0..4095; ``ValueError``
	for a wider one."""
	if not _c.fits(code, Context.EDNS):
		raise _not_found(code, Context.EDNS)
	header_rcode, opt_ext_rcode = _c.split(code)
	return header_rcode, opt_ext_rcode


def effective(header_rcode: int, opt_ext_rcode: "int | None" = None,
              tsig_error: "int | None" = None) -> _Tuple[int, Context]:
	"""The status a response carries, and the context to read it in.

	Pass the OPT record's EXTENDED-RCODE and the TSIG record's Error when
	the message has those records.  With OPT the code is 12 bits wide
	(RFC 6891 section 6.1.3); NOTAUTH with a non-zero TSIG error means the
	TSIG error (RFC 8945 sections 5.2.1 to 5.2.4).
	"""
	code, ctx = _c.effective(header_rcode, opt_ext_rcode is not None, opt_ext_rcode or 0,
	                         tsig_error is not None, tsig_error or 0)
	return code, Context(ctx)


# ------------------------------------------- Extended DNS Errors (RFC 8914)

class EdeCategory(_enum.IntEnum):
	"""What an Extended DNS Error is about."""

	OTHER = _c.EDE_CAT_OTHER
	DNSSEC = _c.EDE_CAT_DNSSEC
	STALE = _c.EDE_CAT_STALE
	POLICY = _c.EDE_CAT_POLICY
	SERVER = _c.EDE_CAT_SERVER
	TRANSPORT = _c.EDE_CAT_TRANSPORT
	QUERY = _c.EDE_CAT_QUERY


class EdeRetry(_enum.IntEnum):
	"""Whether asking another server may help."""

	NO = _c.EDE_RETRY_NO
	YES = _c.EDE_RETRY_YES
	MAYBE = _c.EDE_RETRY_MAYBE


class EdeRange(_enum.IntEnum):
	"""The range class of an INFO-CODE (RFC 8914 section 5.2)."""

	ASSIGNED = _c.EDE_RANGE_ASSIGNED
	UNASSIGNED = _c.EDE_RANGE_UNASSIGNED
	PRIVATE = _c.EDE_RANGE_PRIVATE


class UnknownEde(ValueError):
	"""An Extended DNS Error is unknown: a code without a row, or text
	naming none."""


@_dataclasses.dataclass(frozen=True)
class EdeInfo:
	"""One row of the IANA "Extended DNS Error Codes" registry."""

	#: the INFO-CODE, 0..65535
	code: int
	#: the stable upper-case mnemonic, ``DNSKEY_MISSING``
	mnemonic: str
	#: the purpose exactly as IANA spells it, ``DNSKEY Missing``
	purpose: str
	#: the defining documents, ``RFC8914, Section 4.10``
	reference: str
	#: what it means and its usual cause, in plain words
	explanation: str
	#: the text the category, retry advice and RCODE rest on
	basis: str
	#: what it is about
	category: EdeCategory
	#: whether asking another server may help
	retry: EdeRetry
	#: the RCODE the defining document pairs it with, or None
	rcode: _Optional[int]


def _ede_info(ptr) -> EdeInfo:
	rcode = _c.ede_info_rcode(ptr)
	return EdeInfo(
		code=_c.ede_info_code(ptr),
		mnemonic=_c.ede_info_mnemonic(ptr),
		purpose=_c.ede_info_purpose(ptr),
		reference=_c.ede_info_reference(ptr),
		explanation=_c.ede_info_explanation(ptr),
		basis=_c.ede_info_basis(ptr),
		category=EdeCategory(_c.ede_info_category(ptr)),
		retry=EdeRetry(_c.ede_info_retry(ptr)),
		rcode=None if rcode == _c.NO_CODE else rcode,
	)


def _ede_load():
	rows = []
	by_address = {}
	ptr = _c.ede_next(None)
	while ptr is not None:
		info = _ede_info(ptr)
		rows.append(info)
		by_address[int(ptr)] = info
		ptr = _c.ede_next(ptr)
	return tuple(rows), by_address


_EDE_ENTRIES, _EDE_BY_ADDRESS = _ede_load()


def ede_lookup(code: int) -> EdeInfo:
	"""The registry row of an INFO-CODE.  Raises :class:`UnknownEde` for a
	code without a row, ``ValueError`` outside 0..65535 and ``TypeError``
	for anything but an int."""
	ptr = _c.ede_lookup(code)
	if ptr is None:
		what = _c.ede_format(code, _c.FMT_DESCRIPTION).lower()
		raise UnknownEde(f"EDE {code} is {what}")
	return _EDE_BY_ADDRESS[int(ptr)]


def ede_lookup_text(text: _Union[str, bytes]) -> EdeInfo:
	"""The registry row named by ``text``, case-insensitively: the purpose
	(``DNSKEY Missing``), the mnemonic, ``EDE<decimal>`` or a spelling other
	software prints.  Raises :class:`UnknownEde` when no row has that name."""
	ptr = _c.ede_lookup_text(text)
	if ptr is None:
		raise UnknownEde(f"no EDE registry row is named {text!r}")
	return _EDE_BY_ADDRESS[int(ptr)]


def ede_entries() -> _Iterator[EdeInfo]:
	"""Every EDE registry row, in code order."""
	return iter(_EDE_ENTRIES)


def ede_parse(text: _Union[str, bytes]) -> int:
	"""The INFO-CODE of a text: purpose, mnemonic, decimal, ``EDE<decimal>``
	or a known variant.  Raises :class:`UnknownEde` for a name no code has
	and ``ValueError`` for anything else the parser refuses."""
	try:
		return _c.ede_parse(text)
	except ValueError as e:
		err = getattr(e, "error", None)
		if err is None:
			raise
		if err == _c.EUNKNOWN:
			raise UnknownEde(f"no Extended DNS Error is named {text!r}") from None
		raise ValueError(f"{_c.strerror(err)}: {text!r}") from None


def ede_format(code: int, style: Format = Format.FULL) -> str:
	"""The text of an INFO-CODE in ``style``; a code without a row prints as
	``EDE<n>`` (or its range class as a description)."""
	if isinstance(style, bool) or not isinstance(style, int):
		raise TypeError(f"style must be a Format, not {type(style).__name__}")
	return _c.ede_format(code, Format(style))


def ede_range(code: int) -> EdeRange:
	"""The range class of an INFO-CODE."""
	return EdeRange(_c.ede_range(code))


# ---------------------------------------------------- status of a message

class MessageError(ValueError):
	"""A DNS message could not be read; ``error`` is the DNSRCODE_E* code
	(ETRUNCATED: the data ends early, retrying over TCP may help)."""

	def __init__(self, message: str, error: int) -> None:
		super().__init__(message)
		self.error = error

	@property
	def truncated(self) -> bool:
		return self.error == _c.ETRUNCATED


@_dataclasses.dataclass(frozen=True)
class EdeOption:
	"""An EDE option of a message: INFO-CODE and EXTRA-TEXT (raw bytes,
	UTF-8 by RFC 8914 section 2 when the sender follows it)."""

	code: int
	text: bytes


@_dataclasses.dataclass(frozen=True)
class Status:
	"""What a DNS message says about its outcome (see dnsrcode_msg_status)."""

	id: int
	flags: int
	qdcount: int
	ancount: int
	nscount: int
	arcount: int
	opcode: int
	header_rcode: int
	has_opt: bool
	edns_version: int
	opt_ext_rcode: int
	udp_size: int
	edns_flags: int
	has_tsig: bool
	tsig_error: int
	#: the effective RCODE, as :func:`effective` gives it
	rcode: int
	#: where to read ``rcode``: HEADER, EDNS or TSIG
	rcode_ctx: Context
	#: how many EDE options the message has
	ede_count: int
	#: the EDE options, in message order
	ede: _Tuple[EdeOption, ...]


def msg_status(message: bytes) -> Status:
	"""The status of a raw DNS message (bytes as received, without a TCP
	length prefix): header, OPT, TSIG, the effective RCODE and the EDE
	options.  Raises :class:`MessageError` for a truncated or malformed
	message and ``TypeError`` for anything but a bytes-like object."""
	try:
		raw = _c.msg_status(message)
	except ValueError as e:
		err = getattr(e, "error", None)
		if err is None:
			raise
		raise MessageError(_c.strerror(err), err) from None
	raw["has_opt"] = bool(raw["has_opt"])
	raw["has_tsig"] = bool(raw["has_tsig"])
	raw["rcode_ctx"] = Context(raw["rcode_ctx"])
	raw["ede"] = tuple(EdeOption(code, text) for code, text in raw["ede"])
	return Status(**raw)


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
	"""dnspython's ``Rcode`` class methods, for code that calls them."""

	@classmethod
	def from_text(cls, text):
		return from_text(text)

	@classmethod
	def to_text(cls, value):
		return _to_text(value)

	@classmethod
	def make(cls, value):
		if isinstance(value, str):
			return from_text(value)
		return _make(value)


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

# The C constants, prefix stripped: FMT_FULL, CTX_TSIG, EUNKNOWN, ...
for _name in ("CTX_ANY", "CTX_HEADER", "CTX_EDNS", "CTX_TSIG", "CTX_TKEY",
              "CTXBIT_HEADER", "CTXBIT_EDNS", "CTXBIT_TSIG", "CTXBIT_TKEY",
              "FAMILY_BASE", "FAMILY_UPDATE", "FAMILY_DSO", "FAMILY_EDNS",
              "FAMILY_TSIG", "FAMILY_TKEY", "FAMILY_COOKIE", "FAMILY_ALL",
              "RANGE_ASSIGNED", "RANGE_UNASSIGNED", "RANGE_PRIVATE", "RANGE_RESERVED",
              "FMT_MNEMONIC", "FMT_NAME", "FMT_DESCRIPTION", "FMT_FULL",
              "OK", "EINVAL", "EUNKNOWN", "ESYNTAX", "ERANGE", "EEMPTY", "ESIGN",
              "ESPACE", "ETRAILING", "EALIAS", "ETRUNCATED", "EMALFORMED",
              "EPOINTER", "ENAME", "EOPT", "ETSIG",
              "EDE_CAT_OTHER", "EDE_CAT_DNSSEC", "EDE_CAT_STALE", "EDE_CAT_POLICY",
              "EDE_CAT_SERVER", "EDE_CAT_TRANSPORT", "EDE_CAT_QUERY",
              "EDE_RETRY_NO", "EDE_RETRY_YES", "EDE_RETRY_MAYBE",
              "EDE_RANGE_ASSIGNED", "EDE_RANGE_UNASSIGNED", "EDE_RANGE_PRIVATE",
              "NO_CODE", "VERSION", "VERSION_MAJOR", "VERSION_MINOR", "VERSION_PATCH"):
	globals()[_name] = getattr(_c, _name)
	__all__.append(_name)
del _name


# ---------------------------------------------------- dnspython dns.rcode
#
# These four mirror dnspython 2.x exactly, down to the exception raised for
# each odd input, because they replay its algorithm (dns/rcode.py and
# dns/enum.py) over an Rcode enum built from the C table.  Plain int and
# str arguments, nearly every call, are answered from tables computed
# once at import; tests/test_python_api.py checks the tables against the
# replayed algorithm and tests/test_python_dnspython.py checks both against
# dnspython itself.

_MAXIMUM = 4095
_BADVERS = Rcode.BADVERS
_MEMBERS = dict(Rcode.__members__)


def _check_value(value):
	if value < 0 or value > _MAXIMUM:
		raise ValueError(f"rcode must be between >= 0 and <= {_MAXIMUM}")


def _make(value):
	"""dnspython's Rcode.make() of a non-str value."""
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


def _from_text(text):
	"""dnspython's Rcode.from_text(); from_text() below is its fast path."""
	upper = text.upper()
	found = _MEMBERS.get(upper)
	if found is not None:
		return found
	if upper.startswith("") and upper[0:].isdigit():
		return _make(int(upper[0:]))
	raise UnknownRcode(f"unknown rcode {text!r}")


def to_text(value: int, tsig: bool = False) -> str:
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


def from_flags(flags: int, ednsflags: int) -> _Union[Rcode, int]:
	"""The rcode in the header flags and the OPT TTL ("EDNS flags"), as
	``dns.rcode.from_flags``: ``Rcode`` when assigned, else ``int``."""
	value = (flags & 0x000F) | ((ednsflags >> 20) & 0xFF0)
	if type(flags) is int and type(ednsflags) is int:
		# int operands: the masks keep value within 0..4095
		return _BY_VALUE[value]
	if isinstance(value, str):
		return _from_text(value)
	return _make(value)


def to_flags(value: int) -> _Tuple[int, int]:
	"""``(flags, ednsflags)`` carrying the rcode, as ``dns.rcode.to_flags``.
	Raises ``ValueError`` outside 0..4095."""
	if type(value) is int and 0 <= value <= _MAXIMUM:
		return _FLAGS[value]
	if value < 0 or value > _MAXIMUM:
		raise ValueError(f"rcode must be >= 0 and <= {_MAXIMUM}")
	v = value & 0xF
	ev = (value & 0xFF0) << 20
	return (v, ev)


def _fast_tables():
	"""The answers for int 0..4095 and for the usual spellings of names and
	numbers, as the functions above give them for those inputs."""
	values = _builtins.range(_MAXIMUM + 1)
	members = {int(m): m for m in Rcode}  # canonical members: 16 is BADVERS
	by_value = tuple(members.get(v, v) for v in values)
	to_text_table = {v: members[v].name if v in members else str(v) for v in values}
	flags = tuple((v & 0xF, (v & 0xFF0) << 20) for v in values)
	from_text_table = {str(v): by_value[v] for v in values}
	for info in _ENTRIES:
		for name in (info.mnemonic, info.name):
			for text in (name, name.upper(), name.lower(), name.capitalize()):
				if text.upper() in _MEMBERS:
					from_text_table[text] = _MEMBERS[text.upper()]
	return to_text_table, by_value, flags, from_text_table


_TO_TEXT, _BY_VALUE, _FLAGS, _FROM_TEXT = _fast_tables()

# from_text() is a C function (bindings/python/compat_from_text.c): an
# unknown name raises, and a Python function would add a frame to the
# traceback, which costs more than all the rest.  It answers a str from
# these tables and hands any other input to _from_text().
_c.from_text_setup(_FROM_TEXT, _MEMBERS, UnknownRcode, _from_text)
from_text = _c.from_text
