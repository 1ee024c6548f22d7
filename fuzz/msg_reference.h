/*
 * msg_reference.h - a second reader of a message's status, written for
 * plainness instead of speed, that the fuzz targets hold
 * dnsrcode_msg_status() to: the rules of include/dnsrcode.h walked the
 * obvious way (every pointer followed to the end of its name, nothing
 * remembered), with the rule that stopped the walk named, and the facts
 * about the message that the differential target needs to say why
 * another parser disagrees.
 */
#ifndef DNSRCODE_FUZZ_MSG_REFERENCE_H
#define DNSRCODE_FUZZ_MSG_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

#include "dnsrcode.h"

/* The rule a rejected message breaks, finer than the error code. */
enum ref_rule {
	RULE_NONE,
	RULE_TRUNCATED,       /* DNSRCODE_ETRUNCATED, any field */
	RULE_LABEL_TYPE,      /* DNSRCODE_ENAME: 0x40 or 0x80 label */
	RULE_NAME_LONG,       /* DNSRCODE_ENAME: over 255 octets */
	RULE_POINTER_FORWARD, /* DNSRCODE_EPOINTER: not below the name and the last jump */
	RULE_POINTER_HOPS,    /* DNSRCODE_EPOINTER: more than 127 in one name */
	RULE_OPT_PLACE,       /* DNSRCODE_EOPT: outside the additional section, or twice */
	RULE_OPT_OWNER,       /* DNSRCODE_EOPT: not owned by the root */
	RULE_OPT_OPTIONS,     /* DNSRCODE_EOPT: options not filling RDLENGTH */
	RULE_EDE_SHORT,       /* DNSRCODE_EOPT: an EDE option under 2 octets */
	RULE_TSIG_PLACE,      /* DNSRCODE_ETSIG: not the last additional record */
	RULE_TSIG_CLASS,      /* DNSRCODE_ETSIG: not class ANY */
	RULE_TSIG_RDATA,      /* DNSRCODE_ETSIG: RDATA not adding up */
	RULE_TRAILING         /* DNSRCODE_EMALFORMED: octets after the last record */
};

#define REF_EDE_MAX 16

struct ref_result {
	int rc;              /* what dnsrcode_msg_status() must answer */
	enum ref_rule rule;  /* RULE_NONE when rc is DNSRCODE_OK */
	dnsrcode_status st;  /* filled when rc is DNSRCODE_OK */
	size_t ede_count;    /* the first REF_EDE_MAX of them in ede[] */
	dnsrcode_ede_option ede[REF_EDE_MAX];
	/* Facts about the message as far as the walk got. */
	int question_compressed;  /* the first question's name has a pointer */
	int tsig_name_compressed; /* the TSIG's algorithm name has a pointer */
	size_t records_start;     /* past the question section */
	size_t opt_offset;        /* of the OPT record's TYPE, 0 without */
	size_t rr_count;          /* records walked as far as their TYPE */
	size_t *rr_owner;         /* NULL, or the offset of each one's owner */
	size_t *rr_type;          /* NULL, or the offset of each one's TYPE */
};

/* Records a message of @len octets can hold: 11 octets each at the least
 * (the root and the fixed fields), after the 12 of the header. */
#define REF_RECORDS_MAX(len) ((len) / 11 + 1)

/* Read @msg as the header documents.  @rr_owner and @rr_type are NULL, or
 * hold REF_RECORDS_MAX(len) offsets each. */
void ref_msg_status(const uint8_t *msg, size_t len, size_t *rr_owner, size_t *rr_type,
                    struct ref_result *out);

#endif /* DNSRCODE_FUZZ_MSG_REFERENCE_H */
