/*
 * text-table.c - the tables dnsrcode prints for people (--list, --ede --list,
 * --summary): each column as wide as its widest cell, heading included,
 * numbers to the right, two spaces between columns and none after the
 * last.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define COLUMN_GAP 2

void
text_table_init(struct text_table *t, const char *align)
{
	memset(t, 0, sizeof(*t));
	t->columns = strlen(align);
	t->align = align;
	if (t->columns > TEXT_TABLE_COLUMNS_MAX) {
		/* A table of the program's own: say so loudly. */
		fprintf(stderr, "%s: a table of %zu columns\n", PROGRAM_NAME, t->columns);
		abort();
	}
}

void
text_table_row(struct text_table *t, ...)
{
	va_list ap;
	size_t i;

	if (t->rows == t->size) {
		t->size = t->size ? 2 * t->size : 32;
		t->cells = cli_realloc(t->cells, t->size * t->columns, sizeof(*t->cells));
	}
	va_start(ap, t);
	for (i = 0; i < t->columns; i++) {
		const char *cell = va_arg(ap, const char *);
		size_t len = strlen(cell);

		if ((int)len > t->width[i])
			t->width[i] = (int)len;
		t->cells[t->rows * t->columns + i] = memcpy(cli_calloc(len + 1, 1), cell, len);
	}
	va_end(ap);
	t->rows++;
}

void
text_table_print(const struct text_table *t)
{
	size_t r, c;

	for (r = 0; r < t->rows; r++) {
		for (c = 0; c < t->columns; c++) {
			const char *cell = t->cells[r * t->columns + c];

			if (c > 0)
				printf("%*s", COLUMN_GAP, "");
			if (t->align[c] == 'r')
				printf("%*s", t->width[c], cell);
			else if (c + 1 < t->columns)
				printf("%-*s", t->width[c], cell);
			else
				fputs(cell, stdout);
		}
		putchar('\n');
	}
}

void
text_table_free(struct text_table *t)
{
	size_t i;

	for (i = 0; i < t->rows * t->columns; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->rows = t->size = 0;
}
