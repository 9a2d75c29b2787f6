"""Calls `GET /Api/ASF` through the client openapi-python-client generated from openapi/asf.json.

Started by tests/openapi_tools.rs: python call_asf.py <dir holding the generated package>
<package name> <base url> <password> <expected info.version>. The operation is found by what it
sends (method and path), not by its generated name, so renaming schemas or operation IDs in
the document does not break this script.
"""

import importlib
import inspect
import pkgutil
import sys

package_dir, package_name, base_url, password, version = sys.argv[1:6]
sys.path.insert(0, package_dir)
client_package = importlib.import_module(package_name)
api = importlib.import_module(f"{package_name}.api")

# Every generated module must import: a module the generator wrote but Python cannot load is
# as broken as a missing one.
operation = None
modules = 0
for info in pkgutil.walk_packages(api.__path__, prefix=f"{package_name}.api."):
    module = importlib.import_module(info.name)
    modules += 1
    get_kwargs = getattr(module, "_get_kwargs", None)
    if get_kwargs is None or inspect.signature(get_kwargs).parameters:
        continue
    if get_kwargs() == {"method": "get", "url": "/Api/ASF"}:
        operation = module
if operation is None:
    sys.exit("no generated operation sends GET /Api/ASF")

client = client_package.AuthenticatedClient(
    base_url=base_url,
    token=password,
    prefix="",
    auth_header_name="Authentication",
    raise_on_unexpected_status=True,
)
response = operation.sync_detailed(client=client)
assert response.status_code == 200, response
envelope = response.parsed
assert envelope.success is True, envelope
assert envelope.message == "OK", envelope.message
result = envelope.result
# The payload is a generated model, not a loose dict: the document described it fully.
assert not isinstance(result, dict), type(result)
assert result.version == version, result.version
assert result.global_config is not None
print(f"python client: {modules} modules imported; GET /Api/ASF answered version {result.version} ({type(result).__name__})")
