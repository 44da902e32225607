"""The card's file system: a master file, dedicated files (applications) and elementary files, plus PINs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Pin:
    """A PIN with its retry counter; `scope` is the DF in which a successful VERIFY stays valid."""

    name: str
    value: bytes
    tries: int = 3
    max_tries: int = 3

    @property
    def blocked(self) -> bool:
        return self.tries == 0


@dataclass
class ElementaryFile:
    """An EF: its data and the PINs that must be verified before READ BINARY (empty = free to read)."""

    fid: int
    data: bytes = b""
    needs: tuple[str, ...] = ()
    pin: Pin | None = None  # set for a PIN EF (VERIFY P2=80 targets it); such files cannot be read

    @property
    def is_pin(self) -> bool:
        return self.pin is not None


@dataclass
class DedicatedFile:
    """A DF (the MF or an application): its EFs by file id, its child DFs, its AID if selectable by AID."""

    name: str
    aid: bytes | None = None
    efs: dict[int, ElementaryFile] = field(default_factory=dict)
    children: list[DedicatedFile] = field(default_factory=list)
    parent: DedicatedFile | None = None
    pins: list[Pin] = field(default_factory=list)  # PINs whose verified state is scoped to this DF

    def add_ef(self, ef: ElementaryFile) -> ElementaryFile:
        self.efs[ef.fid] = ef
        return ef

    def add_df(self, df: DedicatedFile) -> DedicatedFile:
        df.parent = self
        self.children.append(df)
        return df

    def walk(self) -> list[DedicatedFile]:
        """This DF and every DF below it."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    def path(self) -> list[DedicatedFile]:
        """The DFs from the MF down to this one."""
        return ([*self.parent.path()] if self.parent else []) + [self]
