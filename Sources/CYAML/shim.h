#ifndef PARTNERCTL_CYAML_SHIM_H
#define PARTNERCTL_CYAML_SHIM_H
#include <yaml.h>
#endif
