"""The opinion-map mathematics of src/analysis/opinions in numpy/scipy/scikit-learn, for the scale benchmark.

Reads the binary vote file written by bench/opinions.bench.ts (int32 header: participants, statements, votes, 0;
then int32 participant[votes], int32 statement[votes], int8 vote[votes], int8 planted[participants]) and prints
one JSON line: timings, peak memory and the groups found. Same steps as Cocrea's engine (after Pol.is):
mean-imputed PCA on the sparse centered matrix (ARPACK via scipy.sparse.linalg.svds), sparsity-aware projection,
participants with min(7, statements) votes, 100 base clusters, weighted k-means of base clusters for k = 2..5
chosen by silhouette, repness and consensus counts.
"""

import json
import resource
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def read_votes(path):
    raw = np.fromfile(path, dtype=np.uint8)
    n_participants, n_statements, length, _ = np.frombuffer(raw[:16].tobytes(), dtype=np.int32)
    offset = 16
    participant = np.frombuffer(raw[offset : offset + 4 * length].tobytes(), dtype=np.int32)
    offset += 4 * length
    statement = np.frombuffer(raw[offset : offset + 4 * length].tobytes(), dtype=np.int32)
    offset += 4 * length
    vote = np.frombuffer(raw[offset : offset + length].tobytes(), dtype=np.int8)
    return int(n_participants), int(n_statements), participant, statement, vote


def prop_test(succ, n):
    return 2 * np.sqrt(n + 1) * ((succ + 1) / (n + 1) - 0.5)


def two_prop_test(s1, n1, s2, n2):
    a, b, m, o = s1 + 1, s2 + 1, n1 + 1, n2 + 1
    pooled = (a + b) / (m + o)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (a / m - b / o) / np.sqrt(pooled * (1 - pooled) * (1 / m + 1 / o))
    return np.where(pooled == 1, 0.0, z)


def opinion_map(n_participants, n_statements, participant, statement, vote, seed=0):
    x = sp.csr_matrix(
        (vote.astype(np.float64), (participant, statement)), shape=(n_participants, n_statements)
    )
    pattern = sp.csr_matrix(
        (np.ones(len(vote)), (participant, statement)), shape=(n_participants, n_statements)
    )
    seen = np.asarray(pattern.sum(axis=0)).ravel()
    center = np.divide(np.asarray(x.sum(axis=0)).ravel(), seen, out=np.zeros(n_statements), where=seen > 0)
    centered = x.copy()
    centered.data = centered.data - center[centered.indices]
    # top two right singular vectors of the centered matrix = top eigenvectors of X_c^T X_c
    _, _, vt = svds(centered, k=2, which="LM", random_state=seed)
    components = vt[::-1]
    raw = centered @ components.T
    voted = np.asarray(pattern.sum(axis=1)).ravel()
    n_voted_statements = int((seen > 0).sum())
    positions = raw * np.sqrt(n_voted_statements / np.maximum(voted, 1))[:, None]

    threshold = min(7, n_voted_statements)
    clustered = np.flatnonzero((voted >= threshold) & (voted > 0))
    points = positions[clustered]
    base_k = min(100, len(np.unique(points, axis=0)))
    base = KMeans(n_clusters=base_k, n_init=1, max_iter=100, random_state=seed).fit(points)
    base_centers = base.cluster_centers_
    base_sizes = np.bincount(base.labels_, minlength=base_k).astype(np.float64)
    max_k = min(5, 2 + base_k // 12, base_k)
    best = None
    for k in range(2, max_k + 1):
        groups = KMeans(n_clusters=k, n_init=10, max_iter=100, random_state=seed).fit(
            base_centers, sample_weight=base_sizes
        )
        if len(np.unique(groups.labels_)) < 2:
            continue
        score = silhouette_score(base_centers, groups.labels_)
        if best is None or score > best[0] + 1e-12:
            best = (score, k, groups.labels_)
    group_of = np.full(n_participants, -1)
    k = 1 if best is None else best[1]
    group_of[clustered] = 0 if best is None else best[2][base.labels_]

    # repness counts per group via sparse products
    membership = sp.csr_matrix(
        (np.ones(len(clustered)), (group_of[clustered], clustered)), shape=(k, n_participants)
    )
    agree = np.asarray((membership @ (x == 1)).todense())
    disagree = np.asarray((membership @ (x == -1)).todense())
    seen_g = np.asarray((membership @ pattern).todense())
    rest_agree = agree.sum(axis=0) - agree
    rest_seen = seen_g.sum(axis=0) - seen_g
    pa = (agree + 1) / (seen_g + 2)
    ra = pa / ((rest_agree + 1) / (rest_seen + 2))
    pat = prop_test(agree, seen_g)
    rat = two_prop_test(agree, seen_g, rest_agree, rest_seen)
    representative = []
    for g in range(k):
        ok = (pat[g] > 1.2816) & (rat[g] > 1.2816)
        metric = ra[g] * rat[g] * pa[g] * pat[g]
        order = np.argsort(-np.where(ok, metric, -np.inf))[:5]
        representative.append([int(j) for j in order if ok[j]])
    consensus = np.prod(pa, axis=0)
    return {
        "k": int(k),
        "clustered": int(len(clustered)),
        "groupOf": group_of.tolist(),
        "representative": representative,
        "consensusTop": [int(j) for j in np.argsort(-consensus)[:5]],
    }


def main():
    path = sys.argv[1]
    started = time.perf_counter()
    data = read_votes(path)
    read = time.perf_counter()
    cpu = time.process_time()
    result = opinion_map(*data)
    done = time.perf_counter()
    result["cpuSeconds"] = time.process_time() - cpu
    result["readSeconds"] = read - started
    result["computeSeconds"] = done - read
    result["maxRssMB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
