import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia()).use(i18n).use(createAppRouter())

document.documentElement.lang = i18n.global.locale.value
app.mount('#app')
