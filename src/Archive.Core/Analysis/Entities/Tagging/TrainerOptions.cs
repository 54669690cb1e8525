namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>Settings of <see cref="PerceptronTrainer"/>.</summary>
/// <param name="Epochs">Passes over the training documents.</param>
/// <param name="Seed">Seed of the per-epoch document shuffle.</param>
/// <param name="MinFeatureCount">Features seen fewer times in the training data are dropped.</param>
/// <param name="PruneBelow">Features whose averaged weights are all smaller than this are left out of the model.</param>
/// <param name="Folds">Jackknife folds that label the training data for the second stage.</param>
public sealed record TrainerOptions(int Epochs = 12, ulong Seed = 1, int MinFeatureCount = 2, float PruneBelow = 0.01f, int Folds = 5);
