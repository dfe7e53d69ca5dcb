"""WordprocessingML names: namespaces and the tags the reader and the run mapper use."""

from __future__ import annotations

import re

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
STRICT_MARK = b"http://purl.oclc.org/ooxml/"
_STRICT_NS = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/")


def _w(tag: str) -> str:
    return "{%s}%s" % (W_NS, tag)


W_BODY = _w("body")
W_P = _w("p")
W_R = _w("r")
W_T = _w("t")
W_TBL = _w("tbl")
W_TR = _w("tr")
W_TC = _w("tc")
W_SDT = _w("sdt")
W_SDTCONTENT = _w("sdtContent")
W_CUSTOMXML = _w("customXml")
W_PPR = _w("pPr")
W_RPR = _w("rPr")
W_TRPR = _w("trPr")
W_TCPR = _w("tcPr")
W_DEL = _w("del")
W_INS = _w("ins")
W_MOVEFROM = _w("moveFrom")
W_MOVETO = _w("moveTo")
W_CELLDEL = _w("cellDel")
W_VANISH = _w("vanish")
W_PSTYLE = _w("pStyle")
W_NUMPR = _w("numPr")
W_NUMID = _w("numId")
W_OUTLINELVL = _w("outlineLvl")
W_VAL = _w("val")
W_FLDCHAR = _w("fldChar")
W_FLDCHARTYPE = _w("fldCharType")
W_TAB = _w("tab")
W_PTAB = _w("ptab")
W_BR = _w("br")
W_CR = _w("cr")
W_NOBREAKHYPHEN = _w("noBreakHyphen")
W_SYM = _w("sym")
W_CHAR = _w("char")
W_DRAWING = _w("drawing")
W_PICT = _w("pict")
W_OBJECT = _w("object")
W_TXBX = _w("txbxContent")
W_RUBY = _w("ruby")
W_RUBYBASE = _w("rubyBase")
W_ALTCHUNK = _w("altChunk")
W_FOOTNOTEREF = _w("footnoteReference")
W_ENDNOTEREF = _w("endnoteReference")
W_ID = _w("id")
W_TYPE = _w("type")
W_SECTPR = _w("sectPr")
W_HEADERREF = _w("headerReference")
W_FOOTERREF = _w("footerReference")
W_STYLE = _w("style")
W_STYLEID = _w("styleId")
W_NAME = _w("name")
W_BASEDON = _w("basedOn")
W_DEFAULT = _w("default")
R_ID = "{%s}id" % R_NS
MC_ALT = "{%s}AlternateContent" % MC_NS
MC_CHOICE = "{%s}Choice" % MC_NS
MC_FALLBACK = "{%s}Fallback" % MC_NS

# containers whose runs are read as part of the paragraph
_INLINE_CONTAINERS = frozenset(
    _w(t) for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir", "subDoc")
)
# containers whose block content (paragraphs, tables) is read
_BLOCK_CONTAINERS = frozenset((W_CUSTOMXML, W_INS, W_MOVETO))
# mc:Choice branches we understand (their content is ordinary WordprocessingML or DrawingML)
_KNOWN_MC = frozenset(
    "w wp wp14 wps wpg wpc wpi w10 w14 w15 w16 w16cid w16cex w16du w16sdtdh a a14 pic v o m r mc wne".split()
)
