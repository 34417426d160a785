/** French is the reference language: every key starts here and `en` must match it. */
export const fr = {
  domains: {
    employment: 'Emploi', education: 'Éducation', health: 'Santé', environment: 'Environnement',
    housing: 'Logement', mobility: 'Mobilité', inclusion: 'Inclusion', citizenship: 'Citoyenneté',
    culture: 'Culture', food: 'Alimentation', energy: 'Énergie', other: 'Autre',
  },
  stages: {
    idea: 'Idée', prototype: 'Prototype', pilot: 'Expérimentation', scaling: 'Essaimage',
    established: 'Pérennisé', closed: 'Terminé',
  },
  units: { people: ['personne', 'personnes'], hours: ['heure', 'heures'] } as Record<string, [one: string, other: string]>,
  domainsLabel: 'Domaines',
  territory: 'Territoire',
  stage: 'Étape',
  nationwide: 'France entière',
  headlineMetric: 'Impact',
  target: 'objectif',
  visitProject: 'Voir le projet',
  loading: 'Chargement…',
  emptyProject: 'Ce projet n’est pas disponible.',
};

/** The shape every language must fill. */
export type Strings = typeof fr;
