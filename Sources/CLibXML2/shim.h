#ifndef CONSENTLENS_CLIBXML2_SHIM_H
#define CONSENTLENS_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its encoding.h then pulls <unicode/ucnv.h>, whose UErrorCode
   clashes with Foundation's own ICU module. We decode input ourselves, so ICU is never needed. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/* xmlFree is a mutable C global: Swift 6 rejects it as not concurrency-safe. */
static inline void cl_xmlFree(void *ptr) { xmlFree(ptr); }

/* The generic error handler is variadic, which Swift cannot express: a no-op written in C. */
static void cl_silentGenericError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void cl_silentStructuredError(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* Error handlers are per thread in libxml2 2.9: silence this thread and the defaults new threads get. */
static inline void cl_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, cl_silentGenericError);
    xmlSetStructuredErrorFunc(NULL, cl_silentStructuredError);
    xmlThrDefSetGenericErrorFunc(NULL, cl_silentGenericError);
    xmlThrDefSetStructuredErrorFunc(NULL, cl_silentStructuredError);
}

/* The running library's version ("20914"): a macro over a per-thread global, which Swift cannot see. */
static inline const char *cl_parserVersion(void) { return xmlParserVersion; }

/* XML_PARSE_HUGE has no HTML_ twin in 2.9.14, but the HTML parser honours it: without it, depth > 256
   silently drops the rest of the document and long text nodes are truncated. */
static const int cl_htmlParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
    HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

#endif
