#ifndef CONSENTLENS_CZLIB_SHIM_H
#define CONSENTLENS_CZLIB_SHIM_H
#include <zlib.h>
#endif
