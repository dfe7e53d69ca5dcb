"""``plainlint serve``: the web page (Starlette on Uvicorn); see :mod:`plainlint.web.app`."""
