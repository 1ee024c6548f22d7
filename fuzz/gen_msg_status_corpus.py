"""Write the seed corpus of fuzz/fuzz_msg_status.c: real-shaped responses
built with dnspython (the generators of tests/msg_status_dnspython.py)
and a few hand-made malformed ones, one file per message, named by the
SHA-1 of its content as libFuzzer names its own finds.

Usage: /usr/bin/python3 fuzz/gen_msg_status_corpus.py fuzz/corpus/msg_status
"""

import hashlib
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import msg_status_dnspython as gen  # noqa: E402

RANDOM_SEEDS = 40


def malformed():
    header = bytes.fromhex("abcd8180")
    return [
        header + bytes.fromhex("00000000000000"),                       # short header
        header + bytes.fromhex("0001000000000000") + b"\xc0\x0c\x00\x01\x00\x01",  # self pointer
        header + bytes.fromhex("0001000000000000") + b"\x01a\xc0\x0c\x00\x01\x00\x01",  # loop
        header + bytes.fromhex("0001000000000000") + b"\xff\xff\x00\x01\x00\x01",  # past the end
        header + bytes.fromhex("0000000000000002")                      # two OPT
        + b"\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x00" * 2,
        header + bytes.fromhex("0000000000000001")                      # EDE of 1 octet
        + b"\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x05\x00\x0f\x00\x01\x09",
        header + bytes.fromhex("0000000000000001")                      # label type 0x40
        + b"\x40\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x00",
    ]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(gen.SEED + 1)
    wires = [w for _, w in gen.fixed_messages(rng)]
    wires += [gen.random_message(rng) for _ in range(RANDOM_SEEDS)]
    wires += malformed()
    for wire in wires:
        with open(os.path.join(out, hashlib.sha1(wire).hexdigest()), "wb") as f:
            f.write(wire)
    print("%d seeds in %s" % (len(wires), out))


if __name__ == "__main__":
    main()
