"""scikit-learn peer of `cocrea cluster`: TfidfVectorizer + TruncatedSVD + Normalizer + KMeans.

The latent semantic analysis pipeline of scikit-learn's own example "Clustering text documents using
k-means", with the same number of groups as ours. Reads a CSV with a `text` column (and optionally `label`),
prints one JSON line: {"seconds", "maxrss_mb", "assignment", "nmi", "ari"}.

usage: cluster.py FILE.csv K SEED [--no-assignment]
"""

import csv
import json
import resource
import sys
import time

csv.field_size_limit(1 << 30)


def main() -> None:
    path, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    want_assignment = "--no-assignment" not in sys.argv
    start = time.perf_counter()
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import Normalizer

    texts, labels = [], []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            texts.append(row["text"])
            labels.append(row.get("label"))
    vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.5, strip_accents=None)
    matrix = vectorizer.fit_transform(texts)
    rank = max(1, min(100, matrix.shape[1] - 1, matrix.shape[0] - 1))
    lsa = make_pipeline(TruncatedSVD(n_components=rank, random_state=seed), Normalizer(copy=False))
    reduced = lsa.fit_transform(matrix)
    kmeans = KMeans(n_clusters=k, n_init=3, random_state=seed)
    assignment = kmeans.fit_predict(reduced)
    seconds = time.perf_counter() - start
    out = {
        "seconds": seconds,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "documents": len(texts),
        "terms": matrix.shape[1],
    }
    if labels and labels[0] is not None:
        out["nmi"] = normalized_mutual_info_score(labels, assignment)
        out["ari"] = adjusted_rand_score(labels, assignment)
    if want_assignment:
        out["assignment"] = assignment.tolist()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
