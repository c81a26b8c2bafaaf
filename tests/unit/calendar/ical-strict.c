/*
 * libical's strict check of an iCalendar object (RFC 5545 and, when the object has a METHOD, the
 * iTIP restrictions of RFC 5546), as calendar servers built on libical apply it. Reads the object on
 * standard input, prints one line per problem, exits 1 if there is any. Built by libical-check.ts.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static int report(icalcomponent *c) {
  int n = 0;
  for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)), icalproperty_get_xlicerror(p));
    n++;
  }
  for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
       s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
    n += report(s);
  return n;
}

int main(void) {
  size_t cap = 1 << 16, len = 0, got;
  char *text = malloc(cap);
  while ((got = fread(text + len, 1, cap - len - 1, stdin)) > 0) {
    len += got;
    if (len + 1 >= cap) text = realloc(text, cap *= 2);
  }
  text[len] = '\0';
  icalcomponent *calendar = icalparser_parse_string(text);
  if (!calendar) { puts("not an iCalendar object"); return 1; }
  icalrestriction_check(calendar);
  return report(calendar) > 0 ? 1 : 0;
}
