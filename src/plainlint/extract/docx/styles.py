"""Paragraph styles (heading level, list-ness, following ``basedOn``) and the small
readers of ``w:pPr`` they share with the walk."""

from __future__ import annotations

import re
from typing import Optional

from .names import (
    W_BASEDON, W_DEFAULT, W_NAME, W_NUMID, W_NUMPR, W_OUTLINELVL, W_PPR, W_STYLE, W_STYLEID,
    W_TYPE, W_VAL,
)


class _Styles:
    """Paragraph styles: heading level and list-ness, following basedOn."""

    def __init__(self, root):
        self.raw: dict[str, tuple] = {}
        self.default: Optional[str] = None
        self._memo: dict[str, tuple] = {}
        if root is None:
            return
        for st in root.iter(W_STYLE):
            if st.get(W_TYPE, "paragraph") != "paragraph":
                continue
            sid = st.get(W_STYLEID)
            if sid is None:
                continue
            name_el = st.find(W_NAME)
            name = (name_el.get(W_VAL, "") if name_el is not None else "").strip().lower()
            based = st.find(W_BASEDON)
            based_on = based.get(W_VAL) if based is not None else None
            outline = None
            num = None
            ppr = st.find(W_PPR)
            if ppr is not None:
                ol = ppr.find(W_OUTLINELVL)
                if ol is not None:
                    outline = _int(ol.get(W_VAL), 9)
                num = _num_of(ppr)
            self.raw[sid] = (name, based_on, outline, num)
            if st.get(W_DEFAULT) in ("1", "true", "on") and self.default is None:
                self.default = sid

    def info(self, sid: Optional[str]) -> tuple:
        """(heading level or None, is a list style, "caption"/"quote" or None)"""
        if sid is None or sid not in self.raw:
            sid = self.default
        if sid is None:
            return (None, False, None)
        hit = self._memo.get(sid)
        if hit is not None:
            return hit
        outline = num = None
        name_level = None
        listy = False
        hint = None
        seen = set()
        cur = sid
        while cur is not None and cur not in seen and cur in self.raw:
            seen.add(cur)
            name, based_on, ol, n = self.raw[cur]
            if outline is None and ol is not None:
                outline = ol
            if num is None and n is not None:
                num = n
            if name_level is None:
                m = _HEADING_NAME.match(name)
                if m:
                    name_level = int(m.group(1))
                elif name == "title":
                    name_level = 1
            if name.startswith(("list bullet", "list number")):
                listy = True
            if hint is None:
                if name == "caption":
                    hint = "caption"
                elif name in ("quote", "intense quote", "block text"):
                    hint = "quote"
            cur = based_on
        if outline is not None:
            level = outline + 1 if 0 <= outline <= 8 else None
        else:
            level = name_level
        result = (level, listy or bool(num), hint)
        self._memo[sid] = result
        return result


_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _num_of(ppr) -> Optional[bool]:
    """True/False if pPr says numbered or explicitly not (numId 0); None if it says nothing."""
    np_ = _child(ppr, W_NUMPR)
    return None if np_ is None else _numpr(np_)


def _numpr(np_) -> Optional[bool]:
    nid = _child(np_, W_NUMID)
    if nid is None:
        return None
    return nid.get(W_VAL, "0") not in ("0", "")


def _child(el, tag: str):
    """The first child ``tag`` of ``el`` (a plain loop: faster than lxml's find for this)."""
    for c in el:
        if c.tag == tag:
            return c
    return None
