#ifndef SLUICE_CZEROMQ_SHIM_H
#define SLUICE_CZEROMQ_SHIM_H
#include <zmq.h>
#include <errno.h>

static inline int sluice_zmq_version(void) { return ZMQ_VERSION; }
static inline int sluice_errno(void) { return errno; }
#endif
