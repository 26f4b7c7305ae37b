#!/usr/bin/env python3
"""Check that networkx (and Python's csv module) read back exactly the numbers EntityGraph computed.

usage: networkx_roundtrip.py DIR

DIR holds graph.graphml, graph.gexf, graph.json, graph_nodes.csv, graph_edges.csv and reference.tsv, whose lines
give each node count and edge measure as the bit pattern of a 64-bit IEEE 754 double (kind, source, target, name,
bits). Exit status 0 when every value of every file equals its reference exactly, 1 otherwise (differences listed).
Run by Tests/EntityGraphTests/NetworkxRoundTripTests.swift.
"""
import csv
import json
import os
import struct
import sys
import warnings

import networkx as nx


def main(folder):
    reference = {}
    with open(os.path.join(folder, "reference.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, source, target, name, bits = line.rstrip("\n").split("\t")
            key = (source,) if kind == "node" else tuple(sorted((source, target)))
            reference.setdefault(key, {})[name] = struct.unpack(">d", bytes.fromhex(bits))[0]

    readers = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # node_link_graph's FutureWarning about edges="links"
        readers["graphml"] = nx.read_graphml(os.path.join(folder, "graph.graphml"))
        readers["gexf"] = nx.read_gexf(os.path.join(folder, "graph.gexf"))
        with open(os.path.join(folder, "graph.json"), encoding="utf-8") as f:
            readers["json"] = nx.node_link_graph(json.load(f), edges="links")
    G = nx.Graph()
    with open(os.path.join(folder, "graph_nodes.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            G.add_node(row["Id"], **{k: float(v) for k, v in row.items() if k in ("mentions", "documents", "windows")})
    with open(os.path.join(folder, "graph_edges.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            values = {k: float(v) for k, v in row.items() if k in ("count", "documents", "jaccard", "dice", "pmi", "npmi")}
            values["weight"] = float(row["Weight"])
            G.add_edge(row["Source"], row["Target"], **values)
    readers["csv"] = G

    problems = []
    for fmt, graph in readers.items():
        nodes = [k for k in reference if len(k) == 1]
        edges = [k for k in reference if len(k) == 2]
        if graph.number_of_nodes() != len(nodes) or graph.number_of_edges() != len(edges):
            problems.append(f"{fmt}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                            f"expected {len(nodes)}, {len(edges)}")
        for key, values in reference.items():
            attributes = graph.nodes[key[0]] if len(key) == 1 else graph.edges[key] if graph.has_edge(*key) else None
            if attributes is None:
                problems.append(f"{fmt}: missing edge {key}")
                continue
            for name, expected in values.items():
                got = attributes.get(name)
                # GEXF carries the weight as the edge's weight attribute; its attvalues hold the other measures.
                if got is None or float(got) != expected:
                    problems.append(f"{fmt}: {'-'.join(key)} {name} = {got!r}, computed {expected!r}")
    for p in problems[:40]:
        print(p)
    if problems:
        print(f"{len(problems)} value(s) differ")
        return 1
    print(f"networkx reads back every value of {len(reference)} nodes and edges in {', '.join(readers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
