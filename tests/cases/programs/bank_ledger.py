"""A double-entry ledger: namedtuples, defaultdict balances, custom exceptions, context managers."""
from collections import defaultdict, namedtuple
from contextlib import contextmanager, suppress
import copy

Posting = namedtuple("Posting", "account amount")
Txn = namedtuple("Txn", ["id", "memo", "postings"], defaults=[()])


class LedgerError(Exception):
    """Base class of ledger failures."""


class Unbalanced(LedgerError):
    def __init__(self, txn, total):
        super().__init__(f"transaction {txn.id} is off by {total:+}")
        self.total = total


class Overdrawn(LedgerError):
    pass


class Ledger:
    def __init__(self, overdraft_ok=("equity", "income", "expenses:")):
        self.balances = defaultdict(int)
        self.journal = []
        self.overdraft_ok = overdraft_ok
        self.next_id = 1

    def post(self, memo, *postings):
        txn = Txn(self.next_id, memo, tuple(Posting(a, n) for a, n in postings))
        total = sum(p.amount for p in txn.postings)
        if total:
            raise Unbalanced(txn, total)
        for p in txn.postings:
            new = self.balances[p.account] + p.amount
            if new < 0 and not p.account.startswith(self.overdraft_ok):
                raise Overdrawn(f"{p.account} would be {new}")
        for p in txn.postings:
            self.balances[p.account] += p.amount
        self.journal.append(txn)
        self.next_id += 1
        return txn

    @contextmanager
    def atomic(self):
        saved = (copy.deepcopy(self.balances), list(self.journal), self.next_id)
        try:
            yield self
        except LedgerError as e:
            self.balances, self.journal, self.next_id = saved
            print(f"  rolled back: {type(e).__name__}: {e}")
            raise

    def report(self):
        width = max(map(len, self.balances))
        for acct in sorted(self.balances):
            amount = self.balances[acct]
            if amount:
                print(f"  {acct:<{width}} {amount / 100:>10,.2f}")
        groups = defaultdict(int)
        for acct, amount in self.balances.items():
            groups[acct.split(":")[0]] += amount
        print("  totals:", dict(sorted(groups.items())), "sum", sum(groups.values()))


L = Ledger()
L.post("opening", ("assets:bank", 500_000), ("equity", -500_000))
L.post("salary", ("assets:bank", 320_000), ("income:salary", -320_000))
L.post("rent", ("expenses:rent", 150_000), ("assets:bank", -150_000))
L.post("groceries", ("expenses:food", 12_345), ("assets:cash", 0), ("assets:bank", -12_345))
L.report()

try:
    L.post("typo", ("expenses:food", 1000), ("assets:bank", -100))
except Unbalanced as e:
    print("Unbalanced:", e, e.total, isinstance(e, LedgerError))

with suppress(LedgerError):
    with L.atomic():
        L.post("transfer", ("assets:cash", 20_000), ("assets:bank", -20_000))
        L.post("splurge", ("expenses:fun", 10_000_000), ("assets:cash", -10_000_000))
print("after rollback:", L.balances["assets:cash"], len(L.journal), L.next_id)

with L.atomic():
    L.post("transfer", ("assets:cash", 20_000), ("assets:bank", -20_000))
print("committed:", L.balances["assets:cash"], [t.memo for t in L.journal])
t = L.journal[-1]
print(t, t._fields, t.postings[0]._asdict(), Txn(9, "empty"), Txn._field_defaults)
print(Txn._make([1, "m", ()]), t._replace(memo="renamed").memo, len(t), t[1], t.postings[1].amount)
by_account = defaultdict(list)
for txn in L.journal:
    for p in txn.postings:
        by_account[p.account].append((txn.id, p.amount))
print(dict(sorted(by_account.items())))
print(sorted(L.balances.items(), key=lambda kv: (kv[1], kv[0]))[:3])
try:
    Posting("a")
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "x def y", rename=True)._fields)
