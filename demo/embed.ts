// What a partner page gets from `<script type="module" src="…/living-lab.js">`, served from
// source while developing.
import '../packages/embed/src/living-lab.ts';
