/*
 * ede-format.c - Extended DNS Errors (RFC 8914) as dnsrcode prints them:
 * a block for people, one line in a format style (--format), the
 * --ede --list table, and JSON objects.
 */
#include "config.h"

#include <stdio.h>

#include "cli.h"
#include "ede-format.h"

/* The registry row's explanation; a code without a row still means
 * something: its range says who may use it (RFC 8914 §5.2). */
static const char *
explanation(uint16_t code)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	if (info != NULL)
		return dnsrcode_ede_info_explanation(info);
	if (dnsrcode_ede_range(code) == DNSRCODE_RANGE_PRIVATE)
		return "Reserved for private use (RFC 8914 section 5.2): its meaning is agreed "
		       "between the parties that use it, not by IANA.";
	return "IANA has not assigned this INFO-CODE, so it has no defined meaning.";
}

static const char *
category(const dnsrcode_ede_info *info)
{
	return dnsrcode_ede_category_name(dnsrcode_ede_info_category(info));
}

/* The RCODE the registry pairs the row with: its mnemonic, or NULL. */
static const char *
paired_rcode(const dnsrcode_ede_info *info)
{
	uint16_t rcode = dnsrcode_ede_info_rcode(info);

	return rcode == DNSRCODE_NO_CODE ? NULL : dnsrcode_to_text(rcode, DNSRCODE_CTX_ANY);
}

void
ede_line(uint16_t code, int style)
{
	code_text_line(REGISTRY_EDE, code, DNSRCODE_CTX_ANY, style);
}

void
ede_block(uint16_t code, const char *form, size_t index)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	block_begin(index);
	ede_line(code, DNSRCODE_FMT_FULL);
	block_label("Purpose:");
	ede_line(code, DNSRCODE_FMT_DESCRIPTION);
	block_label("Mnemonic:");
	ede_line(code, DNSRCODE_FMT_MNEMONIC);
	block_wrapped("Explanation:", explanation(code));
	if (info != NULL) {
		block_line("Category:", category(info));
		block_wrapped("Retry:", cli_retry_meaning(dnsrcode_ede_info_retry(info)));
		block_label("Paired with:");
		if (paired_rcode(info) == NULL)
			printf("-\n");
		else
			printf("%s (%u)\n", paired_rcode(info), dnsrcode_ede_info_rcode(info));
		block_wrapped("Basis:", dnsrcode_ede_info_basis(info));
		block_line("Reference:", dnsrcode_ede_info_reference(info));
	}
	block_line("Range:", cli_range_name(dnsrcode_ede_range(code)));
	if (form != NULL)
		block_line("Form:", form);
}

void
ede_table(void)
{
	const dnsrcode_ede_info *info = NULL;
	struct text_table t;
	char code[8];

	text_table_init(&t, "rlllll");
	text_table_row(&t, "CODE", "MNEMONIC", "CATEGORY", "RETRY", "RCODE", "PURPOSE");
	while ((info = dnsrcode_ede_next(info)) != NULL) {
		const char *rcode = paired_rcode(info);
		const char *retry = cli_retry_name(dnsrcode_ede_info_retry(info));

		snprintf(code, sizeof(code), "%u", dnsrcode_ede_info_code(info));
		text_table_row(&t, code, dnsrcode_ede_info_mnemonic(info), category(info),
		          retry != NULL ? retry : "-", rcode != NULL ? rcode : "-",
		          dnsrcode_ede_info_purpose(info));
	}
	text_table_print(&t);
	text_table_free(&t);
}

static void
json_styled(uint16_t code, const char *name, int style)
{
	json_member(name);
	code_text_json(REGISTRY_EDE, code, DNSRCODE_CTX_ANY, style);
}

void
ede_json(const char *input, const char *form, uint16_t code, size_t index)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);
	uint16_t rcode = dnsrcode_ede_info_rcode(info);

	json_list_item(index);
	putchar('{');
	if (input != NULL) {
		json_key("input");
		json_string(input);
		json_next();
	}
	json_key("code");
	printf("%u", code);
	json_styled(code, "mnemonic", DNSRCODE_FMT_MNEMONIC);
	json_styled(code, "purpose", DNSRCODE_FMT_DESCRIPTION);
	json_member_string("explanation", explanation(code));
	json_member_string("category", category(info));
	json_member_string("retry", cli_retry_name(dnsrcode_ede_info_retry(info)));
	json_member_number("paired_rcode", rcode != DNSRCODE_NO_CODE, rcode);
	json_member_string("paired_rcode_mnemonic", paired_rcode(info));
	json_member_string("basis", dnsrcode_ede_info_basis(info));
	json_member_string("reference", dnsrcode_ede_info_reference(info));
	json_member_string("range", cli_range_name(dnsrcode_ede_range(code)));
	json_styled(code, "full", DNSRCODE_FMT_FULL);
	if (form != NULL)
		json_member_string("form", form);
	putchar('}');
}
