# Type stub of the dnsrcode package (PEP 561; py.typed marks it typed).
# tests/test_python_typing.py checks it names exactly what the package
# exports.
import enum
from dataclasses import dataclass
from typing import FrozenSet, Iterator, Optional, Tuple, Union

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

class UnknownRcode(ValueError): ...

@dataclass(frozen=True)
class Info:
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
def parse(text: Union[str, bytes], context: Context = ..., *, strict: bool = ...) -> int: ...
def format(code: int, context: Context = ..., style: Format = ...) -> str: ...
def range(code: int) -> Range: ...
def in_family(code: int, families: Family, context: Context = ...) -> bool: ...
def fits(code: int, context: Context) -> bool: ...
def combine(header_rcode: int, opt_ext_rcode: int) -> int: ...
def split(code: int) -> Tuple[int, int]: ...
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

class EdeRange(enum.IntEnum):
	ASSIGNED = 1
	UNASSIGNED = 2
	PRIVATE = 3

class UnknownEde(ValueError): ...

@dataclass(frozen=True)
class EdeInfo:
	code: int
	mnemonic: str
	purpose: str
	reference: str
	explanation: str
	basis: str
	category: EdeCategory
	retry: EdeRetry
	rcode: Optional[int]

class MessageError(ValueError):
	error: int
	def __init__(self, message: str, error: int) -> None: ...
	@property
	def truncated(self) -> bool: ...

@dataclass(frozen=True)
class EdeOption:
	code: int
	text: bytes

@dataclass(frozen=True)
class Status:
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
def ede_range(code: int) -> EdeRange: ...
def msg_status(message: bytes) -> Status: ...

def registry_date() -> str: ...
def library_version() -> str: ...
def strerror(err: int) -> str: ...

# dnspython's dns.rcode
def to_text(value: int, tsig: bool = ...) -> str: ...
def from_text(text: str) -> Union[Rcode, int]: ...
def from_flags(flags: int, ednsflags: int) -> Union[Rcode, int]: ...
def to_flags(value: int) -> Tuple[int, int]: ...

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
NO_CODE: int
VERSION: str
VERSION_MAJOR: int
VERSION_MINOR: int
VERSION_PATCH: int
