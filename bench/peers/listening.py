"""pandas peer of `cocrea audit`: reads the same mentions CSV and computes volume per day, share of voice and
net sentiment per brand.

Brands match by case-insensitive whole word, as our queries do; polarity comes from a small word list (a
mention is positive or negative by the count of positive and negative words), since pandas has no sentiment
engine. Prints one JSON line: {"seconds", "maxrss_mb", "brands": {name: {"mentions", "share", "net"}}, "days"}.

usage: listening.py FILE.csv BRAND [COMPETITOR ...]
"""

import json
import resource
import sys
import time

POSITIVE = r"\b(?:génial|bravo|super|merci|réussite|belle)\b"
NEGATIVE = r"\b(?:nul|panne|honteux|déception|personne)\b"


def main() -> None:
    path, names = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    import pandas as pd

    frame = pd.read_csv(path, usecols=["id", "text", "date", "author", "source", "reach"])
    text = frame["text"].str.lower()
    frame["day"] = frame["date"].str.slice(0, 10)
    score = text.str.count(POSITIVE) - text.str.count(NEGATIVE)
    brands = {}
    total = 0
    for name in names:
        mask = text.str.contains(rf"\b{name.lower()}\b", regex=True)
        positive = int((score[mask] > 0).sum())
        negative = int((score[mask] < 0).sum())
        mentions = int(mask.sum())
        total += mentions
        per_day = frame.loc[mask].groupby("day").size()
        brands[name] = {
            "mentions": mentions,
            "net": (positive - negative) / (positive + negative) if positive + negative else None,
            "days": int(per_day.size),
        }
    for name in names:
        brands[name]["share"] = brands[name]["mentions"] / total if total else None
    seconds = time.perf_counter() - start
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "maxrss_mb": maxrss, "brands": brands}))


if __name__ == "__main__":
    main()
