#ifndef ENTITYGRAPH_CLIBXML2_SHIM_H
#define ENTITYGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with the ICU that
   Foundation bundles ("'UErrorCode' has different definitions") in any file
   that sees both. We never use libxml2's ICU API. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

/* xmlFree is a macro on this build, which Swift cannot call. */
static inline void eg_xmlFree(void *p) { xmlFree(p); }

#endif
