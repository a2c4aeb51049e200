"""qa.evaluation: the metrics, and conversations asked turn by turn."""
import json

from qa.evaluation import evaluate


def answer_citing(text: str, abstained: bool = False) -> dict:
    """An answer in the JSON contract whose one sentence is `text`, cited from a passage holding it."""
    return {"abstained": abstained, "short_answer": None, "confidence": 0.9,
            "sentences": [] if abstained else [{"text": text, "citation": 1}],
            "citations": [{"id": 1, "passage": text}], "passages": [{"passage": text}], "answer": text}


def test_a_conversation_is_asked_turn_by_turn_with_its_history(tmp_path):
    lines = [{"id": "f01", "turns": [
                 {"question": "How many votes did Maduro get?", "type": "factoid", "answers": ["7,505,378"],
                  "evidence": [{"doc": "a.txt", "text": "Maduro got 7,505,378 votes."}]},
                 {"question": "And Capriles?", "type": "factoid", "answers": ["7,270,403"],
                  "evidence": [{"doc": "a.txt", "text": "Capriles got 7,270,403 votes."}]}]},
             {"id": "q2", "question": "Who won in 2018?", "type": "unanswerable", "answers": [], "evidence": []}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    seen = []

    def answer(question, history):
        seen.append((question, [h["answer"] for h in history]))
        if question == "And Capriles?" and history:        # right only when the first turn is passed on
            return answer_citing("Capriles got 7,270,403 votes.")
        if question.startswith("How many"):
            return answer_citing("Maduro got 7,505,378 votes.")
        return answer_citing("", abstained=True)

    metrics = evaluate(path, answer)
    assert seen == [("How many votes did Maduro get?", []),
                    ("And Capriles?", ["Maduro got 7,505,378 votes."]),
                    ("Who won in 2018?", [])]                       # a new line starts a new conversation
    assert metrics["questions"] == 3
    assert metrics["factoid_accuracy"] == 1.0 and metrics["abstention"] == 1.0
    assert [d["id"] for d in metrics["details"]] == ["f01.1", "f01.2", "q2"]
