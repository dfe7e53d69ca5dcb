"""A report written document by document, in the targets' order, while a batch run goes on.

Not an output format (``report.formats()`` leaves it out): the machinery the command line
uses to stream any format that has a ``Writer``.
"""

from __future__ import annotations

import os


class Counted:
    """What is kept of a finding once the report holds it: enough for the exit code,
    --statistics and --summary."""

    __slots__ = ("rule", "category", "severity")

    def __init__(self, f):
        self.rule, self.category, self.severity = f.rule, f.category, f.severity


class ReportStream:
    """A report written in the targets' order while the run goes on. To a file, it goes to
    a temporary file beside it that takes the file's name only when the report is whole; to
    standard output, as it comes (looked up at each write, so that the progress bar's
    redirection of standard output is respected).

    Workers take the biggest files first, so results arrive in size order, not the report's:
    a batch whose first document is small would otherwise hold nearly the whole report until
    its end (measured: 295 MB of a 297 MB JSON report for 1,000 documents). Parts waiting
    for their turn beyond ``hold_chars`` go to an anonymous temporary file (deleted by the
    system when it is closed, even if plainlint is killed) and are read back in order."""

    hold_chars = 32 * 1048576  # text of waiting parts kept in memory before the rest is spooled

    def __init__(self, writer_cls, output, rules, options: dict):
        if isinstance(output, str):
            from ..output import Output

            output = Output(output)
        self.output = output  # an output.Output, or None for standard output
        if output is not None:
            write = output.write
        else:
            from ..output import write_stdout as write

        self.writer = writer_cls(write, rules, options)
        self.pending: dict = {}  # index -> (part, or its (offset, size) in the spool; slim result)
        self.next = 0
        self.held = 0  # characters of waiting parts in memory
        self.spool = None
        self.spooled = 0  # parts that went to the spool (for tests and benchmarks)

    def on_result(self, index: int, result) -> None:
        # The document's part of the report is made now, and the result slimmed at once:
        # a document that finished early may wait here for a slow one before it (the report
        # keeps the targets' order), and text waits in far less memory than findings do.
        chunk = self.writer.chunk(result)
        result.findings = [Counted(f) for f in result.findings]
        result.sections, result.hardest, result.text = [], [], None
        if index != self.next and self.held + len(chunk) > self.hold_chars:
            chunk = self._spill(chunk)
        else:
            self.held += len(chunk)
        self.pending[index] = (chunk, result)
        while self.next in self.pending:
            self._put(self.pending.pop(self.next))
            self.next += 1

    def _spill(self, chunk: str) -> tuple:
        import tempfile

        if self.spool is None:
            self.spool = tempfile.TemporaryFile(prefix="plainlint-")
        data = chunk.encode("utf-8")
        self.spool.seek(0, os.SEEK_END)
        where = (self.spool.tell(), len(data))
        self.spool.write(data)
        self.spooled += 1
        return where

    def _put(self, item) -> None:
        chunk, result = item
        if isinstance(chunk, tuple):
            offset, size = chunk
            self.spool.seek(offset)
            chunk = self.spool.read(size).decode("utf-8")
        else:
            self.held -= len(chunk)
        self.writer.put(chunk, result)

    def close(self, results) -> None:
        for index in sorted(self.pending):  # none, unless a result never came for some target
            self._put(self.pending.pop(index))
        if self.spool is not None:
            self.spool.close()
            self.spool = None
        self.writer.close(results)
        if self.output is not None:
            self.output.commit()
        else:
            from ..output import flush_stdout

            flush_stdout()

    def abandon(self) -> None:
        if self.spool is not None:
            self.spool.close()
            self.spool = None
        if self.output is not None:
            self.output.abandon()
