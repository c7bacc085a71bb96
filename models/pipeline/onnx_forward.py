"""An independent numpy forward pass of the exported ONNX graph (reads its initializers;
does not use the training code), used for the evaluation and the test vectors."""
from __future__ import annotations

import numpy as np
import onnx
from onnx import numpy_helper


class OnnxNumpy:
    def __init__(self, path):
        m = onnx.load(str(path))
        self.t = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
        ops = [n.op_type for n in m.graph.node]
        assert ops == ["Gather", "Cast", "Unsqueeze", "Mul", "ReduceSum", "Mul", "Add", "Relu", "MatMul", "Add",
                       "Relu", "MatMul", "Add", "Sigmoid"], ops
        self.E = self.t["E"]
        assert self.E.dtype == np.int8
        self.Ef = self.E.astype(np.float32)

    def score_window(self, ids, weights=None):
        """Exactly the graph, for one window: ids int64 [L], weights float32 [L]."""
        ids = np.asarray(ids, dtype=np.int64)
        if weights is None:
            weights = np.full(len(ids), np.float32(1.0) / np.sqrt(np.float32(len(ids))), np.float32)
        g = self.Ef[ids]                                            # Gather + Cast   [L, D]
        bag = (g * weights[:, None]).sum(axis=0, dtype=np.float32)  # Mul + ReduceSum [D]
        z1 = bag.reshape(1, -1) * self.t["E_scale"] + self.t["b1"]
        a1 = np.maximum(z1, 0)
        a2 = np.maximum(a1 @ self.t["W2"] + self.t["b2"], 0)
        z = a2 @ self.t["W3"] + self.t["b3"]
        return (1.0 / (1.0 + np.exp(-z)))[0].astype(np.float32)

    def score_csr(self, X):
        """The same computation for many windows at once (X[w, id] = weight)."""
        bag = np.asarray(X @ self.Ef, dtype=np.float32)
        z1 = bag * self.t["E_scale"] + self.t["b1"]
        a2 = np.maximum(np.maximum(z1, 0) @ self.t["W2"] + self.t["b2"], 0)
        z = a2 @ self.t["W3"] + self.t["b3"]
        return (1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))).astype(np.float32)
