import atexit
import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

# The tool caches read rule files in the user's cache folder: the suite, and every command it
# runs, uses a folder of its own instead.
_CACHE = tempfile.mkdtemp(prefix="claims-audit-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# One named profile for CI: enough examples to find edge cases, bounded so the suite stays fast.
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
