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
  retry: 'Réessayer',
  stale: 'Données affichées depuis le cache : le flux est injoignable.',
  errors: {
    network: 'Le flux de données est injoignable.',
    timeout: 'Le flux de données met trop de temps à répondre.',
    http: 'Le serveur du flux a répondu par une erreur.',
    'invalid-json': 'Le flux de données est illisible.',
    'not-a-feed': 'Cette adresse ne contient pas de flux Living-lab.',
    'unsupported-version': 'Cette version du flux n’est pas prise en charge.',
    aborted: 'Le chargement a été interrompu.',
  } as Record<string, string>,
};

/** The shape every language must fill. */
export type Strings = typeof fr;
