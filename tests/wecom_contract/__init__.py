"""A local WeCom server written from the published API (developer.work.weixin.qq.com).

``server.py`` builds the aiohttp app and its shared ``ContractState``; each endpoint module
exposes ``install(app, state)``. A new area (e.g. 微信客服) adds its own module with an
``install`` and lists it in ``server.INSTALLERS``.
"""
