"""Shequn Desk (社群运营台): a desktop workbench for community operators."""

__version__ = "0.1.0"
APP_NAME = "ShequnDesk"
APP_ORG = "ShequnDesk"
