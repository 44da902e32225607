"""Hand PDFs to CUPS and wait until they are printed, or say clearly why not.

CupsPrinter talks to the system CUPS through its command-line clients (no pycups, no extra Python
dependency): `lpstat` checks that the queue exists, is enabled and accepts jobs before anything is sent,
`lp` submits from stdin, and `ipptool` follows the job. `lpstat -W completed` cannot tell a printed job from
an aborted or cancelled one (all three are "completed" to it); Get-Job-Attributes can, and it also reports
a printer that was paused while our job waited. Every call is blocking: callers run it in an executor.
Tool output is parsed in the C locale; a Japanese desktop would otherwise localise it.
"""

from __future__ import annotations

import abc
import enum
import os
import re
import shutil
import subprocess
import time
from collections.abc import Sequence

_TOOLS = ("lp", "lpstat", "ipptool", "cancel")
_TOOL_TIMEOUT_S = 10.0
_POLL_FIRST_S = 0.03
_POLL_MAX_S = 0.1  # a ticket is noticed done within 0.1 s; ipptool costs ~15 ms a poll
_IPP_ATTRIBUTE = re.compile(r"^\s+([a-z-]+) \([^)]*\) = (.*)$", re.M)  # ipptool -v: "name (type) = value"


class PrintFailure(enum.Enum):
    """Why a print did not happen; the UI turns it into a translated hint for staff."""

    PRINTER_NOT_FOUND = "printer-not-found"
    PRINTER_DISABLED = "printer-disabled"
    NOT_ACCEPTING = "not-accepting-jobs"
    JOB_FAILED = "job-failed"
    TIMEOUT = "timeout"
    LP_MISSING = "lp-missing"
    CUPS_NOT_RUNNING = "cups-not-running"


_ADVICE = {
    PrintFailure.PRINTER_NOT_FOUND: (
        "プリンター「{queue}」がCUPSに登録されていません。設定のプリンター名を確認してください。"
    ),
    PrintFailure.PRINTER_DISABLED: (
        "プリンター「{queue}」が停止しています。用紙・電源を確認し、CUPSで再開してください。"
    ),
    PrintFailure.NOT_ACCEPTING: (
        "プリンター「{queue}」が印刷を受け付けていません。CUPSで受付を再開してください。"
    ),
    PrintFailure.JOB_FAILED: (
        "プリンター「{queue}」での印刷に失敗しました。プリンターの状態を確認してください。"
    ),
    PrintFailure.TIMEOUT: (
        "プリンター「{queue}」の印刷が時間内に終わりませんでした（ジョブは取り消しました）。"
        "電源・用紙・接続を確認してください。"
    ),
    PrintFailure.LP_MISSING: (
        "CUPSのコマンド（lp, lpstat, ipptool, cancel）が見つかりません。"
        "cups-client と cups-ipp-utils をインストールしてください。"
    ),
    PrintFailure.CUPS_NOT_RUNNING: "印刷サービス（CUPS）が動いていません。cupsd を起動してください。",
}


class PrintError(Exception):
    """A print that did not happen: `reason` for code, `message` for staff, `detail` from CUPS for logs."""

    def __init__(self, reason: PrintFailure, queue: str, detail: str = "", job_id: str | None = None) -> None:
        self.reason = reason
        self.queue = queue
        self.detail = detail.strip()
        self.job_id = job_id
        self.message = _ADVICE[reason].format(queue=queue)
        super().__init__(f"{self.message} ({self.detail})" if self.detail else self.message)


class Printer(abc.ABC):
    """Where finished PDFs go. Implementations block until the job is done or has failed."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The printer's name as staff know it (the CUPS queue)."""

    @property
    def switched_off(self) -> bool:
        """True when printing is switched off and jobs are silently dropped (NullPrinter)."""
        return False

    @abc.abstractmethod
    def print_pdf(self, pdf: bytes, *, title: str, media: str | None = None) -> str:
        """Print `pdf` and return the job id once it is printed; raise PrintError otherwise.

        `title` shows in CUPS and in file names: never put personal data into it.
        `media` is a CUPS media name, e.g. "A4" or "Custom.80x120mm".
        """


class NullPrinter(Printer):
    """Printing switched off (no printer configured): accepts every job and prints nothing."""

    @property
    def name(self) -> str:
        """No queue: an empty name."""
        return ""

    @property
    def switched_off(self) -> bool:
        """Always True: nothing reaches paper."""
        return True

    def print_pdf(self, pdf: bytes, *, title: str, media: str | None = None) -> str:
        """Drop the job; the id is empty because there is no job."""
        return ""


class CupsPrinter(Printer):
    """A CUPS queue on this machine's scheduler (or the one CUPS_SERVER names)."""

    def __init__(self, name: str, *, timeout_s: float = 30.0, server: str | None = None) -> None:
        self._name = name
        self.timeout_s = timeout_s
        self.server = server or _ipp_host()

    @property
    def name(self) -> str:
        """The CUPS queue name."""
        return self._name

    def print_pdf(self, pdf: bytes, *, title: str, media: str | None = None) -> str:
        """Check the queue, submit `pdf`, wait until CUPS reports it completed; see Printer.print_pdf.

        A job we give up on (timeout, printer paused under it) is cancelled, so that a ticket does not
        come out minutes later for a resident who has left.
        """
        self.check()
        job_id = self._submit(pdf, title, media)
        self._wait(job_id)
        return job_id

    def check(self) -> None:
        """Raise PrintError unless the queue exists, is enabled and accepts jobs (also for `doctor`)."""
        missing = [tool for tool in _TOOLS if shutil.which(tool) is None]
        if missing:
            raise PrintError(PrintFailure.LP_MISSING, self._name, f"not found: {', '.join(missing)}")
        done = self._run("lpstat", "-p", self._name, "-a", self._name)
        if done.returncode != 0:
            self._raise_unknown_queue(done.stderr)
        if re.search(rf"^printer {re.escape(self._name)} disabled", done.stdout, re.M | re.I):
            raise PrintError(PrintFailure.PRINTER_DISABLED, self._name, _reason_text(done.stdout))
        if re.search(rf"^{re.escape(self._name)} not accepting", done.stdout, re.M | re.I):
            raise PrintError(PrintFailure.NOT_ACCEPTING, self._name, _reason_text(done.stdout))

    def _raise_unknown_queue(self, stderr: str) -> None:
        """lpstat failed: the scheduler is down (it then knows no queue at all) or the queue is unknown."""
        if "scheduler is running" not in self._run("lpstat", "-r").stdout:
            raise PrintError(PrintFailure.CUPS_NOT_RUNNING, self._name, stderr)
        raise PrintError(PrintFailure.PRINTER_NOT_FOUND, self._name, stderr)

    def _submit(self, pdf: bytes, title: str, media: str | None) -> str:
        """Send `pdf` on stdin with `lp`; return the job id ("QUEUE-123")."""
        options = ["-o", f"media={media}"] if media else []
        done = self._run("lp", "-d", self._name, "-t", title, *options, stdin=pdf)
        found = re.search(r"request id is (\S+-(\d+))", done.stdout)
        if done.returncode == 0 and found:
            return found.group(1)
        if "not accepting" in done.stderr:
            raise PrintError(PrintFailure.NOT_ACCEPTING, self._name, done.stderr)
        if "does not exist" in done.stderr:
            raise PrintError(PrintFailure.PRINTER_NOT_FOUND, self._name, done.stderr)
        raise PrintError(PrintFailure.JOB_FAILED, self._name, done.stderr or done.stdout)

    def _wait(self, job_id: str) -> None:
        """Poll the job until it is completed; raise PrintError on abort, cancel, pause or timeout."""
        deadline = time.monotonic() + self.timeout_s
        pause = _POLL_FIRST_S
        while True:
            job = self._job_attributes(job_id)
            state = job.get("job-state", "")
            if state == "completed":
                return
            if state in {"aborted", "canceled"} or not job:
                detail = job.get("job-printer-state-message", "") or state or "job unknown to CUPS"
                raise PrintError(PrintFailure.JOB_FAILED, self._name, detail, job_id)
            if state == "processing-stopped" or "paused" in job.get("job-printer-state-reasons", ""):
                self._give_up(job_id, PrintFailure.PRINTER_DISABLED, job)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._give_up(job_id, PrintFailure.TIMEOUT, job)
            time.sleep(min(pause, remaining))
            pause = min(pause * 1.5, _POLL_MAX_S)

    def _give_up(self, job_id: str, reason: PrintFailure, job: dict[str, str]) -> None:
        """Cancel the job and raise `reason` with what the printer last said."""
        self._run("cancel", job_id)
        detail = job.get("job-printer-state-message", "") or job.get("job-state", "")
        raise PrintError(reason, self._name, detail, job_id)

    def _job_attributes(self, job_id: str) -> dict[str, str]:
        """The job's IPP attributes as text ({} when CUPS does not know the job)."""
        number = job_id.rsplit("-", 1)[1]
        uri = f"ipp://{self.server}/jobs/{number}"
        done = self._run("ipptool", "-tv", uri, "get-job-attributes.test")
        if done.returncode != 0:
            return {}
        return dict(_IPP_ATTRIBUTE.findall(done.stdout))

    def _run(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        """Run a CUPS client in the C locale; a missing tool or a hung call becomes a PrintError."""
        return run_cups_tool(args, stdin=stdin, queue=self._name)


def run_cups_tool(
    args: Sequence[str], *, stdin: bytes | None = None, queue: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run one CUPS command-line client with text output in the C locale."""
    try:
        done = subprocess.run(
            list(args),
            input=stdin,
            capture_output=True,
            env=_c_locale(),
            timeout=_TOOL_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError as error:
        raise PrintError(PrintFailure.LP_MISSING, queue, str(error)) from error
    except subprocess.TimeoutExpired as error:
        raise PrintError(PrintFailure.TIMEOUT, queue, f"{args[0]} did not answer") from error
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")
    )


def make_printer(name: str | None, *, timeout_s: float = 30.0) -> Printer:
    """A CupsPrinter for queue `name`, or a NullPrinter when no name is configured."""
    if not name or not name.strip():
        return NullPrinter()
    return CupsPrinter(name.strip(), timeout_s=timeout_s)


def _c_locale() -> dict[str, str]:
    """This process's environment with messages in English, so that they parse."""
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


def _reason_text(lpstat_output: str) -> str:
    """The indented reason lines lpstat prints under a disabled or rejecting queue."""
    reasons = (line.strip() for line in lpstat_output.splitlines() if line.startswith("\t"))
    return " ".join(dict.fromkeys(reasons))  # -p and -a may both print the same reason


def _ipp_host() -> str:
    """The scheduler's host[:port] for IPP URIs: CUPS_SERVER when it names a host, else localhost."""
    server = os.environ.get("CUPS_SERVER", "")
    return server if server and not server.startswith("/") else "localhost"
