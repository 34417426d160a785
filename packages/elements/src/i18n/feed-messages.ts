/**
 * What elements say about the feed itself: its errors, the retry button, the stale notice.
 * Only elements that read a feed need these, so they load with the feed controller.
 */
const messages = {
  fr: {
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
  },
  en: {
    retry: 'Try again',
    stale: 'Showing saved data: the feed cannot be reached.',
    errors: {
      network: 'The data feed cannot be reached.',
      timeout: 'The data feed is taking too long to answer.',
      http: 'The feed’s server answered with an error.',
      'invalid-json': 'The data feed cannot be read.',
      'not-a-feed': 'This address does not hold a Living-lab feed.',
      'unsupported-version': 'This version of the feed is not supported.',
      aborted: 'Loading was interrupted.',
    } as Record<string, string>,
  },
};

export type FeedMessages = (typeof messages)['fr'];

/** The messages in one of our languages, as `LocalizeController.language` names it. */
export function feedMessages(language: keyof typeof messages): FeedMessages {
  return messages[language];
}
