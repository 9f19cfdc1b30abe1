/**
 * Every test runs with its own empty config home, so the dictionary of wordings a developer keeps in
 * ~/.config/chitieu never changes what a test sees; a test that wants one passes --dictionary.
 */
const path = require('path');

process.env.XDG_CONFIG_HOME = path.resolve(__dirname, '../../test-output/config-home');
