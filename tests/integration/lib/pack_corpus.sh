# Sourced by the scripts that replay the AI pack over the training-run corpus:
# sets `build`, `src`, `tool`, `pack` and `corpus` from BUILD_DIR SOURCE_DIR,
# and skips (exit 77) when the corpus is not beside the checkout.
build=$1 src=$2
tool="$build/tools/tailwatch"
pack="$src/config/packs/ai-training.yaml"
corpus="$src/../shared/corpora/training-runs"
[[ -d $corpus ]] || { echo "no corpus at $corpus"; exit 77; }
