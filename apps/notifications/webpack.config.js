module.exports = require('../../tools/webpack/service.config')('notifications', __dirname);
