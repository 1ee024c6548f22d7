/*
 * config.h for the builds that run no ./configure: the Python wheel
 * (setup.py) and the LuaRocks rock compile the library's sources into
 * their module and find this file where the autotools build finds the
 * config.h that configure writes.  The library reads only PACKAGE_VERSION
 * from it: here, the header's version, which tests/test_lookup.c holds
 * equal to configure's.
 */
#ifndef DNSRCODE_STANDALONE_CONFIG_H
#define DNSRCODE_STANDALONE_CONFIG_H

#define PACKAGE_VERSION DNSRCODE_VERSION

#endif
