# Type stub of dnsrcode.compat, dnspython's dns.rcode (whose own hints it
# follows); tests/test_python_typing.py checks it against the module.
# Made by bindings/gen-lists.awk from compat.pyi.in beside it, with the
# RCODEs of data/: edit those, not this file (the build remakes it;
# tests/check-binding-lists.sh fails when it is stale).
from typing import Tuple, Union

from . import Rcode as Rcode
from . import UnknownRcode as UnknownRcode

def from_text(text: str) -> Union[Rcode, int]: ...
def from_flags(flags: int, ednsflags: int) -> Union[Rcode, int]: ...
def to_flags(value: int) -> Tuple[int, int]: ...
def to_text(value: int, tsig: bool = ...) -> str: ...

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
