"""pytest plugin and bench helpers: a real CUPS scheduler with a cups-pdf queue, and its output PDFs.

`cups_pdf_printer` (session) uses a running cupsd or starts `cupsd -f` itself (we are root in CI; there is
no systemd) and stops it again at the end; it creates or updates the queue MadoguchiTestPDF on the cups-pdf
backend, enables it and makes it accept jobs. If any of that fails the test FAILS with the reason: a print
test that silently skips proves nothing.

Where cups-pdf writes: the backend reads /etc/cups/cups-pdf.conf for a `cups-pdf:/` queue; Debian's `Out` is
`${HOME}/PDF`, with HOME taken from the passwd entry of the job's owner (so /root/PDF when root submits).
Files are named `<title>-job_<N>.pdf` (Label 2, the PPD's default; `job_<N>-<title>.pdf` under Label 1).
The bench imports the plain functions here; only the fixture needs pytest.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TEST_QUEUE = "MadoguchiTestPDF"
CUPS_PDF_PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPSD_START_TIMEOUT = 20.0
OUTPUT_TIMEOUT = 30.0


class CupsSetupError(RuntimeError):
    """The test printing stack could not be brought up; the message says what to install or check."""


@dataclass(frozen=True)
class CupsPdfQueue:
    """A cups-pdf queue and the directory where its PDFs appear for jobs this process submits."""

    name: str
    output_dir: Path

    def collect_pdf(
        self, job_id: str, into: Path, *, since: float, timeout_s: float = OUTPUT_TIMEOUT
    ) -> Path:
        """Wait for the output of `job_id` ("QUEUE-12"), move it into directory `into`, return its path."""
        found = wait_for_output(self.output_dir, job_id, since=since, timeout_s=timeout_s)
        return Path(shutil.move(found, into / found.name))


def _c_locale() -> dict[str, str]:
    """This process's environment with the tools' messages in English, so that they parse."""
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


def cups(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command-line tool in the C locale (its output is parsed; it is localised otherwise)."""
    if shutil.which(args[0]) is None:
        raise CupsSetupError(
            f"{args[0]} not found: apt-get install cups cups-client cups-bsd (deps/apt-run.txt)"
        )
    done = subprocess.run(args, capture_output=True, text=True, env=_c_locale(), timeout=30, check=False)
    if check and done.returncode != 0:
        raise CupsSetupError(f"{' '.join(args)} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done


def scheduler_running() -> bool:
    """Whether a cupsd answers (`lpstat -r`)."""
    return "scheduler is running" in cups("lpstat", "-r", check=False).stdout


@contextlib.contextmanager
def running_cupsd() -> Iterator[None]:
    """A cupsd for the block: the running one, or `cupsd -f` started here and stopped afterwards."""
    if scheduler_running():
        yield
        return
    binary = shutil.which("cupsd") or "/usr/sbin/cupsd"
    if not Path(binary).exists():
        raise CupsSetupError("cupsd is not installed: apt-get install cups printer-driver-cups-pdf")
    log = Path(tempfile.mkdtemp(prefix="madoguchi-cupsd-")) / "cupsd.log"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "-f"], stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for_scheduler(process, log)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_for_scheduler(process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll until cupsd answers; raise with its own words if it exits or stays silent."""
    deadline = time.monotonic() + CUPSD_START_TIMEOUT
    while not scheduler_running():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            said = log.read_text(errors="replace")[-2000:]
            raise CupsSetupError(f"cupsd did not start (are we root? is port 631 taken?). It said:\n{said}")
        time.sleep(0.05)


def ensure_queue(name: str, device_uri: str = "cups-pdf:/", *options: str) -> None:
    """Create or update queue `name` on `device_uri` with the cups-pdf PPD, enabled and accepting jobs."""
    if "cups-pdf" in device_uri and not Path("/usr/lib/cups/backend/cups-pdf").exists():
        raise CupsSetupError("the cups-pdf backend is missing: apt-get install printer-driver-cups-pdf")
    cups("lpadmin", "-p", name, "-E", "-v", device_uri, "-m", CUPS_PDF_PPD, *options)
    cups("cupsenable", name)
    cups("cupsaccept", name)


def remove_queue(name: str) -> None:
    """Delete queue `name` and its jobs (no error when it does not exist)."""
    cups("cancel", "-a", name, check=False)
    cups("lpadmin", "-x", name, check=False)


def cups_pdf_output_dir(config: Path = CUPS_PDF_CONF) -> Path:
    """Where cups-pdf puts this user's PDFs: its `Out` setting with ${HOME} and ${USER} filled in."""
    out = "${HOME}/PDF"
    if config.exists():
        for line in config.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def ensure_cups_pdf_queue(name: str = TEST_QUEUE) -> CupsPdfQueue:
    """The cups-pdf test queue, ready to print (cupsd must be running).

    Jobs left by an earlier cupsd stopped mid-job are cancelled, and a failing job is aborted rather
    than stopping the queue (CUPS's default policy), so one bad run cannot stop the next one's printer.
    """
    cups("cancel", "-a", name, check=False)
    ensure_queue(name, "cups-pdf:/", "-o", "printer-error-policy=abort-job")
    return CupsPdfQueue(name, cups_pdf_output_dir())


def wait_for_output(directory: Path, job_id: str, *, since: float, timeout_s: float = OUTPUT_TIMEOUT) -> Path:
    """The finished PDF cups-pdf wrote for `job_id` (modified at or after `since`, a time.time() value)."""
    number = job_id.rsplit("-", 1)[1]
    pattern = re.compile(rf"(^job_{number}-.*|-job_{number})\.pdf$")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for path in directory.glob("*.pdf") if directory.is_dir() else ():
            if pattern.search(path.name) and _finished(path, since):
                return path
        time.sleep(0.05)
    raise AssertionError(f"no output PDF for job {job_id} in {directory} after {timeout_s:.0f} s")


def _finished(path: Path, since: float) -> bool:
    """Fresh and complete: ghostscript writes the trailer (%%EOF) last."""
    try:
        stat = path.stat()
        with path.open("rb") as pdf:
            pdf.seek(max(0, stat.st_size - 1024))
            tail = pdf.read()
    except OSError:
        return False
    return stat.st_mtime >= since - 1 and b"%%EOF" in tail


def pdf_page_size(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page in points, as poppler's pdfinfo reports them."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, env=_c_locale())
    found = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout, re.M)
    assert found, info.stdout
    return float(found.group(1)), float(found.group(2))


def pdf_text(pdf: Path, *args: str) -> str:
    """The text layer as poppler's pdftotext extracts it (extra arguments such as -bbox pass through)."""
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True, env=_c_locale()
    ).stdout


def cups_jobs(queue: str) -> list[str]:
    """Ids of every job CUPS remembers for `queue`, finished or not."""
    return re.findall(rf"^({re.escape(queue)}-\d+)\s", cups("lpstat", "-W", "all", "-o", queue).stdout, re.M)


@pytest.fixture(scope="session")
def cups_pdf_printer() -> Iterator[CupsPdfQueue]:
    """A running cupsd with the cups-pdf queue MadoguchiTestPDF enabled and accepting; FAILS if impossible."""
    try:
        with running_cupsd():
            queue = ensure_cups_pdf_queue()
            yield queue
            cups("cupsenable", queue.name)  # never leave the test queue stopped
            cups("cupsaccept", queue.name)
    except CupsSetupError as error:
        pytest.fail(f"real CUPS is needed for this test: {error}", pytrace=False)
