"""How the services of each channel area (and of welcome journeys and team mode's live feed,
which every channel feeds) are built and wired to the rest: part of the composition root
(``desktop/services/container.py``), one module per area.

Each builder is a plain function of the container, handed to ``feature`` there under the
attribute name the app uses; like the container's own builders it imports its service's
module only when called, so a window that never opens a channel never imports it.
"""

from desktop.services.wiring import (
    live,
    mail,
    matrix,
    member_pages,
    robots,
    wechat_kf,
    wecom,
    welcome,
)

__all__ = ["live", "mail", "matrix", "member_pages", "robots", "wechat_kf", "wecom", "welcome"]
