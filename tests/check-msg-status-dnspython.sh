#!/bin/sh
# dnsrcode_msg_status() against dnspython on the same bytes.  Needs a
# Python with dnspython (Debian: python3-dnspython); skips (77) without.
set -u
srcdir=${top_srcdir:-.}
builddir=${top_builddir:-.}

python=
for candidate in /usr/bin/python3 python3; do
	if "$candidate" -c 'import dns.message, dns.edns, dns.tsig' >/dev/null 2>&1; then
		python=$candidate
		break
	fi
done
if [ -z "$python" ]; then
	echo "SKIP: no python3 with dnspython"
	exit 77
fi
exec "$python" "$srcdir/tests/msg_status_dnspython.py" "$builddir/tests/msg-status-dump"
