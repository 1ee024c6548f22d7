# Type stub of the dnsrcode package (PEP 561; py.typed marks it typed).
# Made by bindings/gen-lists.awk from __init__.pyi.in beside it, with the
# lists of include/dnsrcode.h and data/: edit those, not this file (the
# build remakes it; tests/check-binding-lists.sh fails when it is stale).
# tests/test_python_typing.py checks it names exactly what the package
# exports, and the Status fields against the C struct.
import enum
from typing import ClassVar, FrozenSet, Iterator, Optional, Tuple, Union, final

from . import compat as compat

__version__: str

class Context(enum.IntEnum):
	ANY = 0
	HEADER = 1
	EDNS = 2
	TSIG = 3
	TKEY = 4

class Family(enum.IntFlag):
	BASE = 0x01
	UPDATE = 0x02
	DSO = 0x04
	EDNS = 0x08
	TSIG = 0x10
	TKEY = 0x20
	COOKIE = 0x40

class Range(enum.IntEnum):
	ASSIGNED = 1
	UNASSIGNED = 2
	PRIVATE = 3
	RESERVED = 4

class Format(enum.IntEnum):
	MNEMONIC = 0
	NAME = 1
	DESCRIPTION = 2
	FULL = 3

class UnknownRcode(ValueError):
	error: int

class UnknownEde(ValueError):
	error: int

class MessageError(ValueError):
	error: int
	@property
	def truncated(self) -> bool: ...

@final
class Info:
	__match_args__: ClassVar[Tuple[str, ...]]
	code: int
	name: str
	mnemonic: str
	description: str
	explanation: str
	reference: str
	families: Family
	contexts: FrozenSet[Context]

class Rcode(enum.IntEnum):
	NOERROR = 0
	FORMERR = 1
	SERVFAIL = 2
	NXDOMAIN = 3
	NOTIMP = 4
	REFUSED = 5
	YXDOMAIN = 6
	YXRRSET = 7
	NXRRSET = 8
	NOTAUTH = 9
	NOTZONE = 10
	DSOTYPENI = 11
	BADVERS = 16
	BADSIG = 16
	BADKEY = 17
	BADTIME = 18
	BADMODE = 19
	BADNAME = 20
	BADALG = 21
	BADTRUNC = 22
	BADCOOKIE = 23
	@classmethod
	def from_text(cls, text: str) -> Union[Rcode, int]: ...
	@classmethod
	def to_text(cls, value: int) -> str: ...
	@classmethod
	def make(cls, value: Union[int, str]) -> Union[Rcode, int]: ...

def lookup(code: int, context: Context = ...) -> Info: ...
def lookup_name(name: Union[str, bytes]) -> Info: ...
def entries() -> Iterator[Info]: ...
def to_text(code: int, context: Context = ...) -> str: ...
def parse(text: Union[str, bytes], context: Context = ..., *, strict: bool = ...) -> int: ...
def format(code: int, context: Context = ..., style: Format = ...) -> str: ...
def range(code: int) -> Range: ...
def in_family(code: int, families: Family, context: Context = ...) -> bool: ...
def fits(code: int, context: Context) -> bool: ...
def combine(header_rcode: int, opt_ext_rcode: int) -> int: ...
def split(code: int) -> Tuple[int, int]: ...
def from_flags(header_flags: int, opt_ttl: int) -> int: ...
def to_flags(code: int, header_flags: int = ..., opt_ttl: int = ...) -> Tuple[int, int]: ...
def effective(header_rcode: int, opt_ext_rcode: Optional[int] = ...,
              tsig_error: Optional[int] = ...) -> Tuple[int, Context]: ...

class EdeCategory(enum.IntEnum):
	OTHER = 1
	DNSSEC = 2
	STALE = 3
	POLICY = 4
	SERVER = 5
	TRANSPORT = 6
	QUERY = 7

class EdeRetry(enum.IntEnum):
	NO = 1
	YES = 2
	MAYBE = 3

class EdeCode(enum.IntEnum):
	OTHER = 0
	UNSUPPORTED_DNSKEY_ALGORITHM = 1
	UNSUPPORTED_DS_DIGEST_TYPE = 2
	STALE_ANSWER = 3
	FORGED_ANSWER = 4
	DNSSEC_INDETERMINATE = 5
	DNSSEC_BOGUS = 6
	SIGNATURE_EXPIRED = 7
	SIGNATURE_NOT_YET_VALID = 8
	DNSKEY_MISSING = 9
	RRSIGS_MISSING = 10
	NO_ZONE_KEY_BIT_SET = 11
	NSEC_MISSING = 12
	CACHED_ERROR = 13
	NOT_READY = 14
	BLOCKED = 15
	CENSORED = 16
	FILTERED = 17
	PROHIBITED = 18
	STALE_NXDOMAIN_ANSWER = 19
	NOT_AUTHORITATIVE = 20
	NOT_SUPPORTED = 21
	NO_REACHABLE_AUTHORITY = 22
	NETWORK_ERROR = 23
	INVALID_DATA = 24
	SIGNATURE_EXPIRED_BEFORE_VALID = 25
	TOO_EARLY = 26
	UNSUPPORTED_NSEC3_ITERATIONS_VALUE = 27
	UNABLE_TO_CONFORM_TO_POLICY = 28
	SYNTHESIZED = 29
	INVALID_QUERY_TYPE = 30
	RATE_LIMITED = 31
	OVER_QUOTA = 32
	NEGATIVE_TRUST_ANCHOR = 33
	NEW_DELEGATION_ONLY = 34
	BLOCKED_BY_UPSTREAM_DNS_SERVER = 35

@final
class EdeInfo:
	__match_args__: ClassVar[Tuple[str, ...]]
	code: int
	mnemonic: str
	purpose: str
	reference: str
	explanation: str
	basis: str
	category: EdeCategory
	retry: EdeRetry
	rcode: Optional[int]

@final
class EdeOption:
	__match_args__: ClassVar[Tuple[str, ...]]
	code: int
	text: bytes
	@property
	def info(self) -> Optional[EdeInfo]: ...

@final
class Status:
	__match_args__: ClassVar[Tuple[str, ...]]
	id: int
	flags: int
	qdcount: int
	ancount: int
	nscount: int
	arcount: int
	rcode: int
	rcode_ctx: Context
	opcode: int
	header_rcode: int
	has_opt: bool
	edns_version: int
	opt_ext_rcode: int
	has_tsig: bool
	udp_size: int
	edns_flags: int
	tsig_error: int
	ede_count: int
	ede: Tuple[EdeOption, ...]

def ede_lookup(code: int) -> EdeInfo: ...
def ede_lookup_text(text: Union[str, bytes]) -> EdeInfo: ...
def ede_entries() -> Iterator[EdeInfo]: ...
def ede_parse(text: Union[str, bytes]) -> int: ...
def ede_format(code: int, style: Format = ...) -> str: ...
def ede_range(code: int) -> Range: ...
def msg_status(message: Union[bytes, bytearray, memoryview], /) -> Status: ...

def registry_date() -> str: ...
def library_version() -> str: ...
def strerror(err: int) -> str: ...

NOERROR: Rcode
FORMERR: Rcode
SERVFAIL: Rcode
NXDOMAIN: Rcode
NOTIMP: Rcode
REFUSED: Rcode
YXDOMAIN: Rcode
YXRRSET: Rcode
NXRRSET: Rcode
NOTAUTH: Rcode
NOTZONE: Rcode
DSOTYPENI: Rcode
BADVERS: Rcode
BADSIG: Rcode
BADKEY: Rcode
BADTIME: Rcode
BADMODE: Rcode
BADNAME: Rcode
BADALG: Rcode
BADTRUNC: Rcode
BADCOOKIE: Rcode

VERSION_MAJOR: int
VERSION_MINOR: int
VERSION_PATCH: int
VERSION: str
CTX_ANY: int
CTX_HEADER: int
CTX_EDNS: int
CTX_TSIG: int
CTX_TKEY: int
CTXBIT_HEADER: int
CTXBIT_EDNS: int
CTXBIT_TSIG: int
CTXBIT_TKEY: int
FAMILY_BASE: int
FAMILY_UPDATE: int
FAMILY_DSO: int
FAMILY_EDNS: int
FAMILY_TSIG: int
FAMILY_TKEY: int
FAMILY_COOKIE: int
FAMILY_ALL: int
RANGE_ASSIGNED: int
RANGE_UNASSIGNED: int
RANGE_PRIVATE: int
RANGE_RESERVED: int
FMT_MNEMONIC: int
FMT_NAME: int
FMT_DESCRIPTION: int
FMT_FULL: int
OK: int
EINVAL: int
EUNKNOWN: int
ESYNTAX: int
ERANGE: int
EEMPTY: int
ESIGN: int
ESPACE: int
ETRAILING: int
EALIAS: int
ETRUNCATED: int
EMALFORMED: int
EPOINTER: int
ENAME: int
EOPT: int
ETSIG: int
NO_CODE: int
EDE_CAT_OTHER: int
EDE_CAT_DNSSEC: int
EDE_CAT_STALE: int
EDE_CAT_POLICY: int
EDE_CAT_SERVER: int
EDE_CAT_TRANSPORT: int
EDE_CAT_QUERY: int
EDE_RETRY_NO: int
EDE_RETRY_YES: int
EDE_RETRY_MAYBE: int
