/*
 * block.c - the blocks dnsrcode prints for people, one per code: a line,
 * then one labelled field a line, values that are prose wrapped under
 * the value column.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

#define LABEL_WIDTH 13 /* "Explanation: " */
#define LINE_WIDTH 79

/* Blocks are a blank line apart. */
void
block_begin(size_t index)
{
	if (index > 0)
		putchar('\n');
}

void
block_label(const char *name)
{
	printf("  %-*s", LABEL_WIDTH, name);
}

void
block_line(const char *label, const char *value)
{
	block_label(label);
	printf("%s\n", value);
}

/* Fill lines up to LINE_WIDTH, continuing under the value column. */
void
block_wrapped(const char *label, const char *text)
{
	const size_t indent = 2 + LABEL_WIDTH;
	size_t col = indent, word;

	block_label(label);
	while (*text != '\0') {
		while (*text == ' ')
			text++;
		if (*text == '\0')
			break;
		word = strcspn(text, " ");
		if (col > indent && col + 1 + word > LINE_WIDTH) {
			printf("\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		fwrite(text, 1, word, stdout);
		col += word;
		text += word;
	}
	putchar('\n');
}
