/*
 * summary-format.h - the counts of dnsrcode --summary printed
 * (summary-format.c) as a table for people, one JSON object, CSV rows or
 * Prometheus text exposition.  Not installed.
 */
#ifndef DNSRCODE_SUMMARY_FORMAT_H
#define DNSRCODE_SUMMARY_FORMAT_H

#include "summary-count.h"

void summary_text(const struct summary *s);
void summary_json(const struct summary *s);
void summary_csv(const struct summary *s);
void summary_prometheus(const struct summary *s);

#endif /* DNSRCODE_SUMMARY_FORMAT_H */
