/* HERMIT_* environment contract, read once at start-up. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "hexo_rt.h"

struct hexo_cfg hexo_cfg;

static long env_int(const char *name, long def)
{
	const char *v = getenv(name);
	char *end;
	long x;

	if (!v || !*v)
		return def;
	x = strtol(v, &end, 0);
	if (*end) {
		hexo_err("%s=%s is not an integer; using %ld", name, v, def);
		return def;
	}
	return x;
}

static unsigned long env_size(const char *name, unsigned long def)
{
	const char *v = getenv(name);
	char *end;
	unsigned long x;

	if (!v || !*v)
		return def;
	x = strtoul(v, &end, 0);
	switch (toupper((unsigned char)*end)) {
	case 'G': x <<= 30; end++; break;
	case 'M': x <<= 20; end++; break;
	case 'K': x <<= 10; end++; break;
	default: break;
	}
	if (toupper((unsigned char)*end) == 'B' || toupper((unsigned char)*end) == 'I')
		end++;
	if (*end || x == 0)
		hexo_die(2, "%s=%s is not a size (bytes or K/M/G suffix)", name, v);
	return x;
}

static void env_str(const char *name, char *dst, size_t n, const char *def)
{
	const char *v = getenv(name);

	if (!v || !*v)
		v = def;
	strncpy(dst, v, n - 1);
	dst[n - 1] = 0;
}

void hexo_env_load(void)
{
	hexo_cfg.verbose = (int)env_int("HERMIT_VERBOSE", 0);
	hexo_cfg.migtest = (int)env_int("HERMIT_MIGTEST", 0);
	hexo_cfg.resume = env_int("HERMIT_MIGRATE_RESUME", 0) != 0;
	hexo_cfg.full_save = env_int("HERMIT_FULL_CHKPT_SAVE", 1) != 0;
	hexo_cfg.full_restore = env_int("HERMIT_FULL_CHKPT_RESTORE", 1) != 0;
	hexo_cfg.port = (int)env_int("HERMIT_MIGRATE_PORT", 8080);
	hexo_cfg.node_id = (int)env_int("HERMIT_NODE_ID", 0);
	hexo_cfg.settle_ms = (int)env_int("HERMIT_MIGPOINT_SETTLE_MS", 0);
	hexo_cfg.migrate_at = (int)env_int("HERMIT_MIGRATE_AT_POINT", env_int("HERMIT_MIGRATE_AT", 0));
	hexo_cfg.replay = env_int("HERMIT_MIGRATE_REPLAY", 0) != 0;
	hexo_cfg.timeout = (int)env_int("HERMIT_MIGRATE_TIMEOUT", 60);
	hexo_cfg.connect_timeout = (int)env_int("HERMIT_MIGRATE_CONNECT_TIMEOUT", 10);
	hexo_cfg.lock_fd = (int)env_int("HEXO_LITE_LOCK_FD", -1);
	hexo_cfg.mem = env_size("HERMIT_MEM", 512UL << 20);
	env_str("HERMIT_MIGRATE_SERVER", hexo_cfg.server, sizeof(hexo_cfg.server), "0");
	env_str("HERMIT_MIGRATE_BIND", hexo_cfg.bind, sizeof(hexo_cfg.bind), "0.0.0.0");
	if (hexo_cfg.timeout <= 0)
		hexo_cfg.timeout = 60;
	if (hexo_cfg.connect_timeout <= 0 || hexo_cfg.connect_timeout > hexo_cfg.timeout)
		hexo_cfg.connect_timeout = hexo_cfg.timeout;
	if (hexo_cfg.port <= 0 || hexo_cfg.port > 65535)
		hexo_die(2, "HERMIT_MIGRATE_PORT=%d is not a TCP port", hexo_cfg.port);
}
