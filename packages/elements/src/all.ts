// Defines every element at once; the provider first, so that its consumers find it at once.
import './ecosystem/ll-ecosystem.js';
import './project-card/ll-project-card.js';
