"""Committing to information sharing (PRODUCT.md section 4)."""

from .registry import ExerciseKind, register

DATA_INVENTORY = register(
    ExerciseKind(
        key="data_inventory",
        family="sharing",
        name="Data inventory",
        guidance=(
            "Go partner by partner: what will you share, with whom, how often, in what form? "
            "Name the sensitivity and the laws or contracts that apply before anyone commits."
        ),
        prompt="What will each of us share, with whom, and under which rules?",
        minutes=25,
    )
)

COMMUNICATION_PROTOCOL = register(
    ExerciseKind(
        key="communication_protocol",
        family="sharing",
        name="Public communication protocol",
        guidance=(
            "Agree who answers media and records requests for each partner, how partners warn "
            "each other, and how long a partner has to review before anything is released."
        ),
        prompt="When the press or the public asks, who answers and how do we warn each other?",
        minutes=15,
    )
)

SHARING_AGREEMENT = register(
    ExerciseKind(
        key="sharing_agreement",
        family="sharing",
        name="Information-sharing agreement",
        guidance=(
            "Read each commitment aloud and mark it agreed only when every party to it agrees. "
            "The summary turns the agreed commitments into a draft agreement for lawyers."
        ),
        prompt="Which commitments do we sign up to?",
        minutes=15,
    )
)
